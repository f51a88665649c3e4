-- A national-scale synthetic data set, made inside MariaDB with INSERT … SELECT over its sequence
-- engine (seq_1_to_N), for the benchmarks. Run by bench_fill in bench-dataset.sh, which sets the
-- variables, wraps this file in the before/after hooks and analyzes the tables, all in one session.
--
--   @bench_points  replication points (200,000 nationally), spread over 3,321 synthetic communes
--   @bench_values  outcome values (2,400,000 = every point reports one indicator each month of a year)
--   @bench_year    the year the values fall in
--
-- Adds, beside what the migrations hold (34 provinces, categories, 19 indicators): 3,321 communes
-- 60001…63321, 1,700 models BENCH-<province>-01…50, the points, then the values. Value n is point
-- (n - 1) mod @bench_points in month ((n - 1) div @bench_points) mod 12 + 1; past one a month per
-- point a further indicator is used, so up to 19 × 12 values per point stay distinct.
-- The outcome insert comes last, so the hook after it sees every value.

create temporary table bench_province (i int primary key, code char(2) not null)
  select row_number() over (order by code) - 1 as i, code from province;

insert into commune (code, name, full_name, type, province_code, search_text)
select lpad(60000 + seq, 5, '0'), concat('Thử ', seq), concat('Xã Thử ', seq), 'XA', p.code,
       concat('thu ', seq, ' xa thu ', seq)
  from seq_1_to_3321 join bench_province p on p.i = seq % 34;

insert into model (code, name, category_code, province_code, started_on, status, status_since, search_text)
select concat('BENCH-', p.code, '-', lpad(m.seq, 2, '0')), concat('Mô hình tự quản số ', m.seq), 'RESIDENTIAL',
       p.code, '2015-01-01', 'ACTIVE', '2015-01-01', concat('mo hinh tu quan so ', m.seq)
  from bench_province p join seq_1_to_50 m;

set @bench_sql = concat(
  'insert into replication_point (model_code, commune_code, province_code, place_type, place_name, established_on, ',
  '  status, status_since, team_count, member_count, core_member_count, search_text) ',
  'select concat(''BENCH-'', cm.province_code, ''-'', lpad(1 + seq % 50, 2, ''0'')), cm.code, cm.province_code, ''VILLAGE'', ',
  '  concat(''Thôn '', seq), date_add(''2015-01-01'', interval seq % 3000 day), if(seq % 10 = 0, ''DORMANT'', ''ACTIVE''), ',
  '  ''2015-01-01'', 1 + seq % 5, 10 + seq % 40, seq % 5, concat(''thon '', seq) ',
  'from seq_1_to_', @bench_points, ' join commune cm on cm.code = lpad(60000 + 1 + seq % 3321, 5, ''0'')');
prepare bench_stmt from @bench_sql;
execute bench_stmt;
deallocate prepare bench_stmt;

-- Dense numbering of the new points (their ids need not be consecutive) and of the indicators.
create temporary table bench_point (i int primary key, id bigint not null, model_code varchar(40) not null,
    commune_code char(5) not null, province_code char(2) not null)
  select row_number() over (order by id) - 1 as i, id, model_code, commune_code, province_code
    from replication_point where model_code like 'BENCH-%';
create temporary table bench_indicator (i int primary key, code varchar(40) not null)
  select row_number() over (order by code) - 1 as i, code from indicator;
set @bench_indicators = (select count(*) from bench_indicator);

set @bench_sql = concat(
  'insert into outcome (indicator_code, period, period_type, period_start, period_end, unit_type, unit_key, point_id, ',
  '  model_code, commune_code, province_code, value) ',
  'select i.code, concat(', @bench_year, ', lpad(v.month, 2, ''0'')), ''MONTH'', ',
  '  makedate(', @bench_year, ', 1) + interval (v.month - 1) month, last_day(makedate(', @bench_year, ', 1) + interval (v.month - 1) month), ',
  '  ''POINT'', concat(''P:'', p.id), p.id, p.model_code, p.commune_code, p.province_code, 1 + (p.id + v.month) % 7 ',
  'from (select (seq - 1) % ', @bench_points, ' as point, ((seq - 1) div ', @bench_points, ') % 12 + 1 as month, ',
  '        (seq - 1) div ', @bench_points, ' div 12 as extra from seq_1_to_', @bench_values, ') v ',
  'join bench_point p on p.i = v.point ',
  'join bench_indicator i on i.i = (p.id + v.extra) % ', @bench_indicators);
prepare bench_stmt from @bench_sql;
execute bench_stmt;
deallocate prepare bench_stmt;

-- Maintained point counts. A point counts at a date d when it was established by d (no date: always)
-- and was not retired by d; it then adds 1, its current teams, members and core members, and 1 to
-- "active" when its status is ACTIVE. Each point is therefore a step up on the day it is established
-- and, when retired after that, a step down on its retirement day. point_census keeps those steps
-- summed per year, per month and per day, so the count at d is: every year before d's year, the
-- months of d's year before d's month, the days of d's month up to d — at most a few dozen rows per
-- key, however many points there are and whatever date is asked.
-- Keys: (model '', commune '') per province, (model, commune '') per province, (model, commune).
-- '1000-01-01' stands for "no establishment date".
CREATE TABLE point_census (
  model_code    VARCHAR(40) NOT NULL,
  commune_code  VARCHAR(5)  NOT NULL,
  span          CHAR(1)     NOT NULL,
  starts        DATE        NOT NULL,
  province_code CHAR(2)     NOT NULL,
  points        BIGINT      NOT NULL,
  active        BIGINT      NOT NULL,
  teams         BIGINT      NOT NULL,
  members       BIGINT      NOT NULL,
  core_members  BIGINT      NOT NULL,
  PRIMARY KEY (model_code, commune_code, span, starts, province_code),
  INDEX ix_census_province (province_code, commune_code, model_code, span, starts)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The communes with an ACTIVE point, per model and for every model (''), from the earliest
-- establishment date among those points: a commune is covered at d when first_active_on <= d.
-- (A minimum does not follow from deltas; the triggers recompute it from the commune's points.)
CREATE TABLE point_coverage (
  model_code      VARCHAR(40) NOT NULL,
  commune_code    VARCHAR(5)  NOT NULL,
  province_code   CHAR(2)     NOT NULL,
  first_active_on DATE        NOT NULL,
  PRIMARY KEY (model_code, commune_code),
  INDEX ix_coverage_province (model_code, province_code, first_active_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- What the two tables must hold, from replication_point alone: the backfill below, the drift check
-- and the recompute (PointCensusDrift) all read these views.
CREATE VIEW point_census_steps AS
SELECT province_code, commune_code, model_code, COALESCE(established_on, DATE '1000-01-01') AS day,
       1 AS points, IF(status = 'ACTIVE', 1, 0) AS active, team_count AS teams,
       member_count AS members, core_member_count AS core_members
FROM replication_point
WHERE NOT (status = 'RETIRED' AND status_since <= COALESCE(established_on, DATE '1000-01-01'))
UNION ALL
SELECT province_code, commune_code, model_code, status_since, -1, 0, -team_count, -member_count,
       -core_member_count
FROM replication_point
WHERE status = 'RETIRED' AND status_since > COALESCE(established_on, DATE '1000-01-01');

CREATE VIEW point_census_expected AS
SELECT IF(g.grain = 0, '', s.model_code) AS model_code, IF(g.grain = 2, s.commune_code, '') AS commune_code,
       p.span,
       CASE p.span WHEN 'Y' THEN MAKEDATE(YEAR(s.day), 1)
                   WHEN 'M' THEN s.day - INTERVAL (DAYOFMONTH(s.day) - 1) DAY
                   ELSE s.day END AS starts,
       s.province_code, SUM(s.points) AS points, SUM(s.active) AS active, SUM(s.teams) AS teams,
       SUM(s.members) AS members, SUM(s.core_members) AS core_members
FROM point_census_steps s
CROSS JOIN (SELECT 0 AS grain UNION ALL SELECT 1 UNION ALL SELECT 2) g
CROSS JOIN (SELECT 'Y' AS span UNION ALL SELECT 'M' UNION ALL SELECT 'D') p
GROUP BY 1, 2, 3, 4, 5;

CREATE VIEW point_coverage_expected AS
SELECT model_code, commune_code, MIN(province_code) AS province_code,
       MIN(COALESCE(established_on, DATE '1000-01-01')) AS first_active_on
FROM replication_point WHERE status = 'ACTIVE' GROUP BY model_code, commune_code
UNION ALL
SELECT '', commune_code, MIN(province_code), MIN(COALESCE(established_on, DATE '1000-01-01'))
FROM replication_point WHERE status = 'ACTIVE' GROUP BY commune_code;

INSERT INTO point_census SELECT * FROM point_census_expected;
INSERT INTO point_coverage SELECT * FROM point_coverage_expected;

-- Every row write to replication_point keeps both tables, whatever path made it (API, imports,
-- legacy remaps, model deletion). A bulk fill (the benchmarks) sets @point_census_bulk and
-- recomputes afterwards.
DELIMITER $$

CREATE PROCEDURE point_census_add(
  IN p_province CHAR(2), IN p_commune VARCHAR(5), IN p_model VARCHAR(40), IN p_day DATE,
  IN p_points INT, IN p_active INT, IN p_teams BIGINT, IN p_members BIGINT, IN p_core BIGINT)
  MODIFIES SQL DATA
BEGIN
  INSERT INTO point_census (model_code, commune_code, span, starts, province_code, points, active, teams, members, core_members)
  SELECT g.model_code, g.commune_code, p.span,
         CASE p.span WHEN 'Y' THEN MAKEDATE(YEAR(p_day), 1)
                     WHEN 'M' THEN p_day - INTERVAL (DAYOFMONTH(p_day) - 1) DAY
                     ELSE p_day END,
         p_province, p_points, p_active, p_teams, p_members, p_core
  FROM (SELECT '' AS model_code, '' AS commune_code UNION ALL SELECT p_model, ''
        UNION ALL SELECT p_model, p_commune) g
  -- ON TRUE: without a join condition, ON DUPLICATE KEY would be read as one.
  JOIN (SELECT 'Y' AS span UNION ALL SELECT 'M' UNION ALL SELECT 'D') p ON TRUE
  ON DUPLICATE KEY UPDATE points = point_census.points + VALUES(points),
    active = point_census.active + VALUES(active), teams = point_census.teams + VALUES(teams),
    members = point_census.members + VALUES(members),
    core_members = point_census.core_members + VALUES(core_members);
END$$

-- p_sign 1 adds a point's steps, -1 takes them away.
CREATE PROCEDURE point_census_apply(
  IN p_sign INT, IN p_province CHAR(2), IN p_commune VARCHAR(5), IN p_model VARCHAR(40),
  IN p_established DATE, IN p_status VARCHAR(16), IN p_since DATE,
  IN p_teams INT, IN p_members INT, IN p_core INT)
  MODIFIES SQL DATA
BEGIN
  DECLARE v_day DATE DEFAULT COALESCE(p_established, DATE '1000-01-01');
  IF NOT (p_status = 'RETIRED' AND p_since <= v_day) THEN
    CALL point_census_add(p_province, p_commune, p_model, v_day, p_sign,
      IF(p_status = 'ACTIVE', p_sign, 0), p_sign * p_teams, p_sign * p_members, p_sign * p_core);
    IF p_status = 'RETIRED' THEN
      CALL point_census_add(p_province, p_commune, p_model, p_since, -p_sign, 0,
        -p_sign * p_teams, -p_sign * p_members, -p_sign * p_core);
    END IF;
  END IF;
END$$

CREATE PROCEDURE point_coverage_refresh(IN p_commune VARCHAR(5), IN p_model VARCHAR(40))
  MODIFIES SQL DATA
BEGIN
  DECLARE v_first DATE;
  DECLARE v_province CHAR(2);
  SELECT MIN(COALESCE(established_on, DATE '1000-01-01')), MIN(province_code) INTO v_first, v_province
  FROM replication_point WHERE commune_code = p_commune AND status = 'ACTIVE' AND model_code = p_model;
  IF v_first IS NULL THEN
    DELETE FROM point_coverage WHERE model_code = p_model AND commune_code = p_commune;
  ELSE
    INSERT INTO point_coverage (model_code, commune_code, province_code, first_active_on)
    VALUES (p_model, p_commune, v_province, v_first)
    ON DUPLICATE KEY UPDATE province_code = VALUES(province_code), first_active_on = VALUES(first_active_on);
  END IF;
  SELECT MIN(COALESCE(established_on, DATE '1000-01-01')), MIN(province_code) INTO v_first, v_province
  FROM replication_point WHERE commune_code = p_commune AND status = 'ACTIVE';
  IF v_first IS NULL THEN
    DELETE FROM point_coverage WHERE model_code = '' AND commune_code = p_commune;
  ELSE
    INSERT INTO point_coverage (model_code, commune_code, province_code, first_active_on)
    VALUES ('', p_commune, v_province, v_first)
    ON DUPLICATE KEY UPDATE province_code = VALUES(province_code), first_active_on = VALUES(first_active_on);
  END IF;
END$$

CREATE TRIGGER point_census_insert AFTER INSERT ON replication_point FOR EACH ROW
BEGIN
  IF @point_census_bulk IS NULL THEN
    CALL point_census_apply(1, NEW.province_code, NEW.commune_code, NEW.model_code, NEW.established_on,
      NEW.status, NEW.status_since, NEW.team_count, NEW.member_count, NEW.core_member_count);
    IF NEW.status = 'ACTIVE' THEN
      CALL point_coverage_refresh(NEW.commune_code, NEW.model_code);
    END IF;
  END IF;
END$$

CREATE TRIGGER point_census_update AFTER UPDATE ON replication_point FOR EACH ROW
BEGIN
  IF @point_census_bulk IS NULL AND NOT (OLD.province_code <=> NEW.province_code
      AND OLD.commune_code <=> NEW.commune_code AND OLD.model_code <=> NEW.model_code
      AND OLD.established_on <=> NEW.established_on AND OLD.status <=> NEW.status
      AND OLD.status_since <=> NEW.status_since AND OLD.team_count <=> NEW.team_count
      AND OLD.member_count <=> NEW.member_count AND OLD.core_member_count <=> NEW.core_member_count) THEN
    CALL point_census_apply(-1, OLD.province_code, OLD.commune_code, OLD.model_code, OLD.established_on,
      OLD.status, OLD.status_since, OLD.team_count, OLD.member_count, OLD.core_member_count);
    CALL point_census_apply(1, NEW.province_code, NEW.commune_code, NEW.model_code, NEW.established_on,
      NEW.status, NEW.status_since, NEW.team_count, NEW.member_count, NEW.core_member_count);
    IF (OLD.status = 'ACTIVE' OR NEW.status = 'ACTIVE') AND NOT (OLD.commune_code <=> NEW.commune_code
        AND OLD.model_code <=> NEW.model_code AND OLD.status <=> NEW.status
        AND OLD.established_on <=> NEW.established_on AND OLD.province_code <=> NEW.province_code) THEN
      CALL point_coverage_refresh(OLD.commune_code, OLD.model_code);
      IF NOT (OLD.commune_code <=> NEW.commune_code AND OLD.model_code <=> NEW.model_code) THEN
        CALL point_coverage_refresh(NEW.commune_code, NEW.model_code);
      END IF;
    END IF;
  END IF;
END$$

CREATE TRIGGER point_census_delete AFTER DELETE ON replication_point FOR EACH ROW
BEGIN
  IF @point_census_bulk IS NULL THEN
    CALL point_census_apply(-1, OLD.province_code, OLD.commune_code, OLD.model_code, OLD.established_on,
      OLD.status, OLD.status_since, OLD.team_count, OLD.member_count, OLD.core_member_count);
    IF OLD.status = 'ACTIVE' THEN
      CALL point_coverage_refresh(OLD.commune_code, OLD.model_code);
    END IF;
  END IF;
END$$

DELIMITER ;

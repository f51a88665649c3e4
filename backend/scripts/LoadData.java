import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The benchmark's two references, MariaDB's own LOAD DATA of the same CSV: into a bare table (no
 * keys, no checks: the physical limit), and into a copy of the outcome table (its unique key and
 * five secondary indexes, derived columns computed by LOAD DATA itself, no audit, no checks).
 * Usage: java -cp <mariadb-java-client.jar> LoadData.java <jdbc-url> <csv-file>; prints "rows
 * bareMs keyedMs".
 */
public class LoadData {

  public static void main(String[] args) throws Exception {
    try (Connection c =
            DriverManager.getConnection(args[0] + "?allowLocalInfile=true", "root", "");
        Statement s = c.createStatement()) {
      String file = args[1];
      s.execute("drop table if exists bench_bare");
      s.execute(
          "create table bench_bare (indicator_code varchar(40), period varchar(8), value decimal(19,4), commune_code char(5))");
      long started = System.nanoTime();
      long rows =
          s.executeLargeUpdate(
              "load data local infile '"
                  + file
                  + "' into table bench_bare character set utf8mb4 "
                  + "fields terminated by ',' ignore 1 lines");
      long bareMs = (System.nanoTime() - started) / 1_000_000;
      s.execute("drop table bench_bare");

      // LIKE copies the columns, keys and indexes of outcome (not its foreign keys).
      s.execute("drop table if exists bench_keyed");
      s.execute("create table bench_keyed like outcome");
      started = System.nanoTime();
      s.executeLargeUpdate(
          "load data local infile '"
              + file
              + "' into table bench_keyed character set utf8mb4 "
              + "fields terminated by ',' ignore 1 lines (indicator_code, period, value, commune_code) "
              + "set period_type = 'MONTH', period_start = str_to_date(concat(period, '01'), '%Y%m%d'), "
              + "period_end = last_day(str_to_date(concat(period, '01'), '%Y%m%d')), unit_type = 'COMMUNE', "
              + "unit_key = commune_code, province_code = '01'");
      long keyedMs = (System.nanoTime() - started) / 1_000_000;
      s.execute("drop table bench_keyed");
      System.out.println(rows + " " + bareMs + " " + keyedMs);
    }
  }
}

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The benchmark's physical limit: MariaDB's own LOAD DATA of the same CSV into a bare table (no
 * keys, no checks). Usage: java -cp <mariadb-java-client.jar> LoadData.java <jdbc-url> <csv-file>
 */
public class LoadData {

  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection(args[0] + "?allowLocalInfile=true", "root", "");
        Statement s = c.createStatement()) {
      s.execute("drop table if exists bench_bare");
      s.execute("create table bench_bare (indicator_code varchar(40), period varchar(8), value decimal(19,4), commune_code char(5))");
      long started = System.nanoTime();
      long rows = s.executeLargeUpdate("load data local infile '" + args[1] + "' into table bench_bare character set utf8mb4 "
          + "fields terminated by ',' ignore 1 lines");
      long ms = (System.nanoTime() - started) / 1_000_000;
      s.execute("drop table bench_bare");
      System.out.println(rows + " " + ms);
    }
  }
}

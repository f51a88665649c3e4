package vn.antq.registry.outcome;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The sums of the values an import creates, per stored period, province, model and indicator, added
 * up as they are spooled: the totals of rows loaded straight into outcome, without reading them
 * back.
 */
final class CreatedTotals {

  private record Key(String period, String provinceCode, String modelCode, String indicatorCode) {}

  private static final class Sum {
    BigDecimal value = BigDecimal.ZERO;
    long count;
  }

  private final Map<Key, Sum> sums = new HashMap<>();

  void add(ResolvedValue v) {
    Sum sum =
        sums.computeIfAbsent(
            new Key(
                v.period().id(),
                v.provinceCode(),
                v.modelCode() == null ? "" : v.modelCode(),
                v.indicatorCode()),
            k -> new Sum());
    sum.value = sum.value.add(v.value());
    sum.count++;
  }

  /** Inserts the sums into {@code table} (period, province_code, model_code, indicator_code, …). */
  void insertInto(Connection connection, String table) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into "
                + table
                + " (period, province_code, model_code, indicator_code, value, value_count)"
                + " values (?, ?, ?, ?, ?, ?)")) {
      int batched = 0;
      for (Map.Entry<Key, Sum> e : sums.entrySet()) {
        insert.setString(1, e.getKey().period());
        insert.setString(2, e.getKey().provinceCode());
        insert.setString(3, e.getKey().modelCode());
        insert.setString(4, e.getKey().indicatorCode());
        insert.setBigDecimal(5, e.getValue().value);
        insert.setLong(6, e.getValue().count);
        insert.addBatch();
        if (++batched % 1000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
  }
}

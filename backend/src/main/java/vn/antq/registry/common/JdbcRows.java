package vn.antq.registry.common;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * A read of plain rows on the session's own connection (its transaction, if any). For the hot
 * summary statements: a native query through Hibernate resolved each column's type and wrapped each
 * row on every call, about as long again as the statement itself on a few hundred rows.
 */
public final class JdbcRows {

  /** Every row of {@code sql} with its positional {@code params}, each as its columns' values. */
  public static List<Object[]> select(EntityManager em, String sql, List<?> params) {
    Session session = em.unwrap(Session.class);
    if (session.isJoinedToTransaction()) {
      // As Hibernate does before a native query: the statement must see the writes still pending
      // in this session.
      session.flush();
    }
    return session.doReturningWork(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
              statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
              int columns = rs.getMetaData().getColumnCount();
              List<Object[]> rows = new ArrayList<>();
              while (rs.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                  row[c] = rs.getObject(c + 1);
                }
                rows.add(row);
              }
              return rows;
            }
          }
        });
  }

  private JdbcRows() {}
}

package vn.antq.registry.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.registry.indicator.Indicator;

@QuarkusTest
class JdbcRowsTest {

  @Inject EntityManager em;
  @Inject TransactionManager transactions;

  @Test
  void aReadInsideATransactionSeesTheWritesStillPendingInItsSession() throws Exception {
    String code = "JDBC_ROWS_" + System.nanoTime();
    transactions.begin();
    try {
      Indicator pending = new Indicator();
      pending.code = code;
      pending.name = "Chỉ tiêu chưa ghi";
      pending.unit = "lần";
      pending.sortOrder = 987;
      // An assigned id: persist only queues the insert until the session flushes.
      em.persist(pending);
      List<Object[]> rows =
          JdbcRows.select(
              em, "select name, sort_order from indicator where code = ?", List.of(code));
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0)[0]).isEqualTo("Chỉ tiêu chưa ghi");
      assertThat(((Number) rows.get(0)[1]).intValue()).isEqualTo(987);
    } finally {
      transactions.rollback();
    }
    List<Object[]> after =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    JdbcRows.select(
                        em, "select code from indicator where code = ?", List.of(code)));
    assertThat(after).isEmpty();
  }

  @Test
  void bindsTheParametersInOrderAndReadsEveryColumnOfEveryRow() {
    List<Object[]> rows =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    JdbcRows.select(
                        em,
                        "select code, name from province where code in (?, ?) and code <> ?"
                            + " order by code",
                        List.of("12", "01", "79")));
    assertThat(rows).extracting(r -> r[0]).containsExactly("01", "12");
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(2));
    assertThat(rows).extracting(r -> (String) r[1]).allSatisfy(n -> assertThat(n).isNotBlank());
  }
}

package vn.antq.registry.outcome;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Set;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.common.WorkFiles;
import vn.antq.registry.imports.ImportReport;
import vn.antq.registry.imports.Reports;
import vn.antq.registry.security.Actor;
import vn.antq.registry.security.CurrentActor;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;

/**
 * An import loads the values it found unstored straight into outcome. When another writer stores
 * one of them after the import looked, the merge must still treat it as a change of that value
 * (audited, with the value before), count it so, and keep the totals exact.
 */
@QuarkusTest
class OutcomeMergeRaceTest extends SignedIn {

  @Inject EntityManager em;
  @Inject WorkFiles work;
  @Inject AuditLog audit;

  @Test
  void aValueStoredAfterTheImportLookedIsMergedAsAChange() {
    String commune = Api.createCommune("11", "Xã nhập đua");
    Api.postOutcomes(
        "[{\"indicatorCode\": \"PATROLS\", \"period\": \"202405\", \"value\": 3, \"communeCode\": \""
            + commune
            + "\"}]");
    ResolvedValue raced =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    OutcomeService.resolved(
                        em.createQuery(
                                "from Outcome where unitKey = :u and indicatorCode = 'PATROLS'",
                                Outcome.class)
                            .setParameter("u", "C:" + commune)
                            .getSingleResult()));
    ResolvedValue changed = withValue(raced, "PATROLS", new BigDecimal("7"));
    ResolvedValue fresh = withValue(raced, "LEAFLETS", new BigDecimal("40"));
    ImportReport report = Reports.writing("outcomes");
    Actor actor = new Actor("sub", "central.admin", null, Set.of(), null, false);

    boolean recounted =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  try (OutcomeSpool spool = OutcomeSpool.create(work)) {
                    // Both as the import saw them: unstored.
                    spool.add(changed, true);
                    spool.add(fresh, true);
                    OutcomeMerge merge = new OutcomeMerge(actor);
                    Session session = em.unwrap(Session.class);
                    session.doWork(connection -> merge.stage(connection, spool, report));
                    assertEquals(2, report.created);
                    long importId =
                        CurrentActor.as(actor, () -> audit.recordImport(report.provenance("11")));
                    boolean[] result = {false};
                    session.doWork(
                        connection -> result[0] = merge.write(connection, importId, spool, report));
                    if (result[0]) {
                      audit.recountImport(importId, report.provenance("11"));
                    }
                    em.createNativeQuery("drop temporary table if exists outcome_stage")
                        .executeUpdate();
                    Object[] counts =
                        (Object[])
                            em.createNativeQuery(
                                    "select created_count, updated_count from import_provenance where id = :id")
                                .setParameter("id", importId)
                                .getSingleResult();
                    assertEquals(1L, ((Number) counts[0]).longValue());
                    assertEquals(1L, ((Number) counts[1]).longValue());
                    return result[0];
                  }
                });

    assertTrue(recounted);
    assertEquals(1, report.created);
    assertEquals(1, report.updated);
    given()
        .queryParam("communeCode", commune)
        .queryParam("sort", "indicatorCode")
        .get("/api/v1/outcomes")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items.find { it.indicatorCode == 'PATROLS' }.value", equalTo(7))
        .body("items.find { it.indicatorCode == 'PATROLS' }.version", equalTo(1))
        .body("items.find { it.indicatorCode == 'LEAFLETS' }.value", equalTo(40));
    long id =
        given()
            .queryParam("communeCode", commune)
            .queryParam("indicatorCode", "PATROLS")
            .get("/api/v1/outcomes")
            .then()
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    Api.audit("outcome", id)
        .statusCode(200)
        .body("items.find { it.action == 'UPDATE' }.before.value", equalTo(3))
        .body("items.find { it.action == 'UPDATE' }.after.value", equalTo(7));
    given()
        .get("/api/v1/admin/outcome-totals/drift")
        .then()
        .statusCode(200)
        .body("driftRows", equalTo(0));
  }

  private static ResolvedValue withValue(ResolvedValue v, String indicator, BigDecimal value) {
    return new ResolvedValue(
        indicator,
        v.period(),
        v.unitType(),
        v.unitKey(),
        v.pointId(),
        v.modelCode(),
        v.communeCode(),
        v.provinceCode(),
        value,
        v.legacyCode());
  }
}

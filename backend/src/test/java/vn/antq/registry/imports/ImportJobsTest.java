package vn.antq.registry.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.antq.registry.security.Role;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;
import vn.antq.registry.support.Tokens;

/** Background import jobs: queued, followed, seen only by their submitter, failed by a restart. */
@QuarkusTest
class ImportJobsTest extends SignedIn {

  @Inject ImportJobs jobs;

  @Test
  void largeOrAsyncImportsRunInTheBackgroundWithProgress() throws InterruptedException {
    String commune = Api.createCommune("04", "Xã nhập nền");
    StringBuilder csv = new StringBuilder("indicatorCode,period,value,communeCode\n");
    for (int month = 1; month <= 12; month++) {
      csv.append("LEAFLETS,2022")
          .append(String.format("%02d", month))
          .append(",")
          .append(month)
          .append(',')
          .append(commune)
          .append('\n');
    }
    var accepted =
        Api.raw()
            .contentType("text/csv")
            .body(csv.toString().getBytes(StandardCharsets.UTF_8))
            .post("/api/v1/imports/outcomes?async=true")
            .then()
            .statusCode(202)
            .header("Location", containsString("/api/v1/imports/"))
            .body("state", org.hamcrest.Matchers.oneOf("QUEUED", "RUNNING", "DONE"))
            .body("total", equalTo(12))
            .extract();
    String location = accepted.header("Location");
    String state = "QUEUED";
    for (int i = 0; i < 100 && !state.equals("DONE") && !state.equals("FAILED"); i++) {
      Thread.sleep(100);
      state = given().get(location).then().statusCode(200).extract().path("state");
    }
    given()
        .get(location)
        .then()
        .body("state", equalTo("DONE"))
        .body("processed", equalTo(12))
        .body("result.created", equalTo(12))
        .body("createdBy", equalTo("central.admin"));
    given()
        .queryParam("communeCode", commune)
        .queryParam("size", 1)
        .get("/api/v1/outcomes")
        .then()
        .body("total", equalTo(12));
    // Only the submitter and central administrators see a job.
    given()
        .auth()
        .oauth2(Tokens.of("someone.else", Role.PROVINCE_OFFICER, "04"))
        .get(location)
        .then()
        .statusCode(404);
  }

  @Test
  void aRestartMarksUnfinishedJobsFailed() {
    long id =
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  ImportJob job = new ImportJob();
                  job.kind = "outcomes";
                  job.state = ImportJob.State.RUNNING;
                  job.mode = "atomic";
                  job.username = "central.admin";
                  job.createdAt = java.time.Instant.now();
                  job.persist();
                  return job.id;
                });
    jobs.onStart(null);
    given()
        .get("/api/v1/imports/" + id)
        .then()
        .statusCode(200)
        .body("state", equalTo("FAILED"))
        .body("error", containsString("khởi động lại"));
  }
}

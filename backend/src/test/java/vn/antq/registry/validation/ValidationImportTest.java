package vn.antq.registry.validation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Imports;
import vn.antq.registry.support.SignedIn;

/** Rules broken by a file's values are row warnings, in dry runs, real runs and partial mode. */
@QuarkusTest
class ValidationImportTest extends SignedIn {

  String a;
  String b;
  String rule;
  String commune;

  @BeforeEach
  void rule() {
    a = Rules.indicator();
    b = Rules.indicator();
    rule = Rules.create(List.of(a), "LE", List.of(b), null, "ERROR", null);
    commune = Api.createCommune("04", "Xã nhập tệp có quy tắc");
  }

  private String row(String indicator, String period, String value) {
    return indicator + "," + period + "," + value + "," + commune + "\n";
  }

  private long stored() {
    return given()
        .queryParam("communeCode", commune)
        .get("/api/v1/outcomes")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }

  @Test
  void aDryRunAndTheRealRunListTheSameWarnings() {
    String csv =
        "indicatorCode,period,value,communeCode\n"
            + row(b, "202402", "3")
            + row(a, "202401", "5")
            + row(a, "202402", "1")
            + row(b, "202401", "3");
    for (String query : List.of("?dryRun=true", "")) {
      Imports.upload("outcomes", csv, query)
          .statusCode(200)
          .body("status", equalTo("SUCCESS"))
          .body("created", equalTo(4))
          .body("warningCount", equalTo(1))
          .body("warnings", hasSize(1))
          .body("warnings[0].row", equalTo(2)) // the first row of (commune, 202401)
          .body("warnings[0].column", equalTo("value"))
          .body("warnings[0].value", equalTo("5"))
          .body("warnings[0].ruleCode", equalTo(rule))
          .body("warnings[0].importance", equalTo("ERROR"))
          .body("warnings[0].message", containsString("5 must be ≤ 3"));
      if (!query.isEmpty()) {
        // The dry run rolled back: nothing stored.
        org.assertj.core.api.Assertions.assertThat(stored()).isZero();
      }
    }
    org.assertj.core.api.Assertions.assertThat(stored()).isEqualTo(4);

    // A file that changes one stored value is judged with the others: b = 10 mends 202401, and a
    // dry run that lowers b to 4 again sees the stored a = 5.
    Imports.upload(
            "outcomes", "indicatorCode,period,value,communeCode\n" + row(b, "202401", "10"), "")
        .statusCode(200)
        .body("updated", equalTo(1))
        .body("warningCount", equalTo(0))
        .body("warnings", hasSize(0));
    Imports.upload(
            "outcomes",
            "indicatorCode,period,value,communeCode\n" + row(b, "202401", "4"),
            "?dryRun=true")
        .statusCode(200)
        .body("warningCount", equalTo(1))
        .body("warnings.row", contains(1))
        .body("warnings[0].value", equalTo("5"))
        .body("warnings[0].message", containsString("5 must be ≤ 4"));
  }

  @Test
  void partialImportsWarnAboutTheRowsTheyWrote() {
    String csv =
        "indicatorCode,period,value,communeCode\n"
            + row(a, "202403", "9")
            + row("NO_SUCH_INDICATOR", "202403", "1")
            + row(b, "202403", "2")
            + row(a, "202404", "abc")
            + row(b, "202404", "1");
    Imports.upload("outcomes", csv, "?mode=partial")
        .statusCode(200)
        .body("status", equalTo("WARNING"))
        .body("rejected", equalTo(2))
        .body("created", equalTo(3))
        .body("conflicts.row", contains(2, 4))
        .body("warningCount", equalTo(1))
        .body("warnings.row", contains(1))
        .body("warnings[0].message", containsString("9 must be ≤ 2"));
  }

  @Test
  void aBackgroundJobCarriesTheWarnings() {
    String csv =
        "indicatorCode,period,value,communeCode\n" + row(a, "2024Q1", "7") + row(b, "2024Q1", "1");
    String job =
        Imports.upload("outcomes", csv, "?async=true").statusCode(202).extract().header("Location");
    for (int i = 0; i < 100; i++) {
      String state = given().get(job).then().extract().jsonPath().getString("state");
      if ("DONE".equals(state) || "FAILED".equals(state)) {
        break;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    given()
        .get(job)
        .then()
        .body("state", equalTo("DONE"))
        .body("result.warningCount", equalTo(1))
        .body("result.warnings[0].ruleCode", equalTo(rule));
  }
}

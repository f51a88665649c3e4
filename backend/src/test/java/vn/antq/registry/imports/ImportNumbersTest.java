package vn.antq.registry.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Imports;
import vn.antq.registry.support.SignedIn;

/**
 * Numbers in files are ASCII digits, as in query parameters: "١٢" or "１２" is no number, and writes
 * nothing.
 */
@QuarkusTest
class ImportNumbersTest extends SignedIn {

  private static ValidatableResponse upload(String kind, String csv) {
    return Imports.upload(kind, csv, "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"١٢", "１２", "12١", "1.2.3", "1e99999", "--1"})
  void aValueInForeignDigitsIsNotANumber(String value) {
    String commune = Api.createCommune("04", "Xã số lạ");
    upload(
            "outcomes",
            "indicatorCode,period,value,communeCode\nPATROLS,202401,3,"
                + commune
                + "\nPATROLS,202402,"
                + value
                + ","
                + commune
                + "\n")
        .statusCode(422)
        .body("conflicts.column", hasItems("value"))
        .body("conflicts[0].row", equalTo(2));
    given()
        .queryParam("communeCode", commune)
        .get("/api/v1/outcomes")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  void numbersAsFilesWriteThemStillCount() {
    String commune = Api.createCommune("04", "Xã số thường");
    upload(
            "outcomes",
            "indicatorCode,period,value,communeCode\nFIRECRACKERS_KG,202401,\"292,24\","
                + commune
                + "\nFIRECRACKERS_KG,202402,1.5E1,"
                + commune
                + "\nPATROLS,202403,+7,"
                + commune
                + "\n")
        .statusCode(200)
        .body("created", equalTo(3));
  }

  @Test
  void aPointIdInForeignDigitsIsNoPoint() {
    upload("outcomes", "indicatorCode,period,value,pointId\nPATROLS,202401,3,١\n")
        .statusCode(422)
        .body("conflicts[0].column", equalTo("pointId"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "١", "１２", "99999999999999999999"})
  void anImportJobIdThatIsNoNumberNamesNoJob(String id) {
    given()
        .get("/api/v1/imports/" + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}

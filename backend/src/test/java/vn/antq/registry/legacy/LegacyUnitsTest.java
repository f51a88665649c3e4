package vn.antq.registry.legacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.antq.registry.security.Role;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Imports;
import vn.antq.registry.support.SignedIn;
import vn.antq.registry.support.Tokens;

@QuarkusTest
class LegacyUnitsTest extends SignedIn {

  static final Path DIR = Path.of("..", "..", "shared", "data", "admin-units");

  private static ValidatableResponse upload(String kind, byte[] body) {
    return Imports.upload(Api.raw(), kind, Imports.CSV, body, "");
  }

  private static ValidatableResponse upload(String kind, String body) {
    return Imports.upload(kind, body, "");
  }

  /** Two pre-reform communes of Lai Châu, as a legacy-units file. */
  private static String twoOldCommunes(String oldA, String oldB) {
    return "level,code,name,full_name,parent_code,province_code\n"
        + "COMMUNE,"
        + oldA
        + ",Cũ A,Xã Cũ A,109,12\n"
        + "COMMUNE,"
        + oldB
        + ",Cũ B,Xã Cũ B,109,12\n";
  }

  /**
   * Communes of province 12 after a reorganisation: {@code merged} took over {@code oldMerged},
   * {@code splitA} and {@code splitB} share {@code oldSplit}.
   */
  private record Reorganisation(
      String merged, String splitA, String splitB, String oldMerged, String oldSplit) {

    static Reorganisation of(String mergedName, String splitName) {
      return new Reorganisation(
          Api.createCommune("12", mergedName),
          Api.createCommune("12", splitName + " A"),
          Api.createCommune("12", splitName + " B"),
          Api.newCommuneCode(),
          Api.newCommuneCode());
    }

    /** The successors file that says so. */
    String successors() {
      return "old_code,new_code\n"
          + oldMerged
          + ","
          + merged
          + "\n"
          + oldSplit
          + ","
          + splitA
          + "\n"
          + oldSplit
          + ","
          + splitB
          + "\n";
    }
  }

  @Test
  void loadsTheOfficialPreReformUnitsAndTheirSuccessors() throws IOException {
    Assumptions.assumeTrue(
        Files.exists(DIR.resolve("legacy-units-2025-06.csv")),
        "../shared/data/admin-units is absent");
    upload("communes", Files.readAllBytes(DIR.resolve("communes-2025.csv"))).statusCode(200);
    List<String> units = Files.readAllLines(DIR.resolve("legacy-units-2025-06.csv"));
    upload("legacy-units", Files.readAllBytes(DIR.resolve("legacy-units-2025-06.csv")))
        .statusCode(200)
        .body("rows", equalTo(units.size() - 1))
        .body("rejected", equalTo(0));
    upload("legacy-successors", Files.readAllBytes(DIR.resolve("legacy-to-2025.csv")))
        .statusCode(200)
        .body("rejected", equalTo(0));
    upload("legacy-successors", Files.readAllBytes(DIR.resolve("legacy-provinces-to-2025.csv")))
        .statusCode(200)
        .body("rejected", equalTo(0));
    given()
        .get("/api/v1/legacy-units/03589")
        .then()
        .statusCode(200)
        .body("fullName", equalTo("Xã Mường So"))
        .body("split", equalTo(false))
        .body("successors", hasSize(1))
        .body("successors[0].code", equalTo("03549"))
        .body("successors[0].fullName", equalTo("Xã Phong Thổ"));
    given()
        .get("/api/v1/legacy-units/10")
        .then()
        .body("level", equalTo("PROVINCE"))
        .body("successors[0].code", equalTo("15"))
        .body("successors[0].level", equalTo("PROVINCE"));
    given()
        .get("/api/v1/legacy-units/09013")
        .then()
        .body("split", equalTo(true))
        .body("successors", hasSize(4));
    given()
        .queryParam("q", "muong so")
        .queryParam("level", "commune")
        .get("/api/v1/legacy-units")
        .then()
        .body("items.code", hasItems("03589"));
    // Loading the same files again changes nothing.
    upload("legacy-successors", Files.readAllBytes(DIR.resolve("legacy-to-2025.csv")))
        .statusCode(200)
        .body("created", equalTo(0));
  }

  @Test
  void smallFilesMadeByTheTest() {
    String newCommune = Api.createCommune("12", "Xã mới hợp nhất");
    String oldA = Api.newCommuneCode();
    String oldB = Api.newCommuneCode();
    upload(
            "legacy-units",
            twoOldCommunes(oldA, oldB)
                + "HAMLET,1,Thôn,Thôn 1,,12\n"
                + "COMMUNE,123,Ngắn,Xã Ngắn,109,12\n")
        .statusCode(422)
        .body("rejected", equalTo(2))
        .body("conflicts[0].column", equalTo("level"))
        .body("conflicts[1].column", equalTo("code"));
    upload("legacy-units", twoOldCommunes(oldA, oldB)).statusCode(200).body("created", equalTo(2));
    upload(
            "legacy-successors",
            "old_code,new_code\n" + oldA + "," + newCommune + "\n" + oldB + ",88888\n")
        .statusCode(422)
        .body("conflicts[0].row", equalTo(2))
        .body("conflicts[0].message", containsString("88888"));
    upload("legacy-successors", "old_code,new_code\n" + oldA + "," + newCommune + "\n")
        .statusCode(200)
        .body("created", equalTo(1));
    given()
        .get("/api/v1/legacy-units/" + oldA)
        .then()
        .body("successors[0].code", equalTo(newCommune))
        .body("successors[0].provinceCode", equalTo("12"));
    given().get("/api/v1/legacy-units/" + oldB).then().body("successors", hasSize(0));
    given().get("/api/v1/legacy-units/77777").then().statusCode(404);
    Api.audit("legacy-unit", oldA).body("items[0].action", equalTo("CREATE"));
    Api.raw()
        .auth()
        .oauth2(Tokens.of("laichau.officer", Role.PROVINCE_OFFICER, "12"))
        .contentType("text/csv")
        .body("old_code,new_code\n1,2\n".getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/imports/legacy-successors")
        .then()
        .statusCode(403);
  }

  @Test
  void oldCodesStandForTheirSuccessorAndSplitsAreRefused() {
    Reorganisation unit = Reorganisation.of("Xã sau sáp nhập", "Xã chia");
    upload("legacy-successors", unit.successors() + "97,12\n")
        .statusCode(200)
        .body("created", equalTo(4));
    Api.postOutcomes(
        "[{\"indicatorCode\": \"PATROLS\", \"period\": \"2019\", \"value\": 8, \"communeCode\": \""
            + unit.oldMerged()
            + "\"},"
            + "{\"indicatorCode\": \"FORUMS_HELD\", \"period\": \"2037\", \"value\": 2, \"provinceCode\": \"97\"}]");
    given()
        .queryParam("communeCode", unit.merged())
        .get("/api/v1/outcomes")
        .then()
        .body("total", equalTo(1))
        .body("items[0].legacyCode", equalTo(unit.oldMerged()))
        .body("items[0].provinceCode", equalTo("12"));
    given()
        .queryParam("provinceCode", "12")
        .queryParam("period", "2037")
        .queryParam("indicatorCode", "FORUMS_HELD")
        .get("/api/v1/outcomes")
        .then()
        .body("items[0].legacyCode", equalTo("97"))
        .body("items[0].unitType", equalTo("PROVINCE"));
    upload(
            "outcomes",
            "indicatorCode,period,value,communeCode\nPATROLS,2019,3," + unit.oldSplit() + "\n")
        .statusCode(422)
        .body("conflicts[0].column", equalTo("communeCode"))
        .body("conflicts[0].message", containsString(unit.splitA()))
        .body("conflicts[0].message", containsString(unit.splitB()));
    // A point in one of the successors tells which one the value belongs to.
    long point =
        Api.createPoint(
            Api.createModel("12", "Mô hình", java.time.LocalDate.now().toString()),
            unit.splitB(),
            java.time.LocalDate.now().toString(),
            1,
            5);
    upload(
            "outcomes",
            "indicatorCode,period,value,pointId,communeCode\nPATROLS,2019,3,"
                + point
                + ","
                + unit.oldSplit()
                + "\n")
        .statusCode(200)
        .body("created", equalTo(1));
    given()
        .queryParam("pointId", point)
        .get("/api/v1/outcomes")
        .then()
        .body("items[0].legacyCode", equalTo(unit.oldSplit()));
  }

  @Test
  void modelsAndPointsAcceptOldCodesToo() {
    Reorganisation unit = Reorganisation.of("Xã hợp nhất mới", "Xã tách");
    upload("legacy-successors", unit.successors()).statusCode(200);
    String today = java.time.LocalDate.now().toString();
    String code =
        Api.json()
            .body(
                java.util.Map.of(
                    "name",
                    "Mô hình mã cũ",
                    "categoryCode",
                    "OTHER",
                    "provinceCode",
                    "12",
                    "communeCode",
                    unit.oldMerged(),
                    "startedOn",
                    today))
            .post("/api/v1/models")
            .then()
            .statusCode(201)
            .body("communeCode", equalTo(unit.merged()))
            .body("legacyCode", equalTo(unit.oldMerged()))
            .extract()
            .path("code");
    Api.json()
        .body(Api.point(code, unit.oldMerged(), "Bản cũ", today))
        .post("/api/v1/replication-points")
        .then()
        .statusCode(201)
        .body("communeCode", equalTo(unit.merged()))
        .body("provinceCode", equalTo("12"))
        .body("legacyCode", equalTo(unit.oldMerged()));
    Api.json()
        .body(Api.point(code, unit.oldSplit(), "Bản tách", today))
        .post("/api/v1/replication-points")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("communeCode"))
        .body("detail", containsString(unit.splitA()))
        .body("detail", containsString(unit.splitB()));
    Imports.upload(
            "replication-points",
            "modelCode,communeCode,placeType,placeName,establishedOn\n"
                + code
                + ","
                + unit.oldMerged()
                + ",CLAN,Dòng họ Lò,"
                + today
                + "\n",
            "")
        .statusCode(200)
        .body("created", equalTo(1));
  }
}

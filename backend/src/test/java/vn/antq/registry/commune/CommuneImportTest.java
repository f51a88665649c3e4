package vn.antq.registry.commune;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.antq.registry.security.Role;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Conflicts;
import vn.antq.registry.support.Imports;
import vn.antq.registry.support.SignedIn;
import vn.antq.registry.support.Tokens;

@QuarkusTest
class CommuneImportTest extends SignedIn {

  /** The project's reference data, beside the repository (CI has it; it is never copied in). */
  static final Path OFFICIAL =
      Path.of("..", "..", "shared", "data", "admin-units", "communes-2025.csv");

  private static io.restassured.response.ValidatableResponse upload(String csv, String query) {
    return Imports.upload("communes", csv, query);
  }

  @Test
  void loadsTheOfficialListAndReloadingChangesNothing() throws IOException {
    Assumptions.assumeTrue(Files.exists(OFFICIAL), "../shared/data/admin-units is absent");
    byte[] file = Files.readAllBytes(OFFICIAL);
    List<String> lines = Files.readAllLines(OFFICIAL);
    long rows = lines.size() - 1;
    long hcm = lines.stream().filter(l -> l.endsWith(",79")).count();
    // 3,321 rows: under the background threshold, so the answer is the result itself.
    Imports.upload(Api.raw(), "communes", Imports.CSV, file, "")
        .statusCode(200)
        .body("rows", equalTo((int) rows))
        .body("rejected", equalTo(0));
    Imports.upload(Api.raw(), "communes", Imports.CSV, file, "?dryRun=true")
        .statusCode(200)
        .body("rows", equalTo((int) rows))
        .body("unchanged", equalTo((int) rows));
    given()
        .queryParam("type", "DAC_KHU")
        .queryParam("size", 1)
        .get("/api/v1/communes")
        .then()
        .body("total", equalTo(13));
    given()
        .queryParam("provinceCode", "79")
        .queryParam("size", 1)
        .get("/api/v1/communes")
        .then()
        .body("total", equalTo((int) hcm));
    given()
        .queryParam("q", "tan uyen")
        .queryParam("provinceCode", "12")
        .get("/api/v1/communes")
        .then()
        .body("items.name", org.hamcrest.Matchers.hasItem("Tân Uyên"));
  }

  @Test
  void keepsFlagsWhenTheFileHasNoFlagColumns() {
    String code = Api.newCommuneCode();
    upload("code,name,type,provinceCode,border,hotspot\n" + code + ",Mường Khoa,XA,12,true,1\n", "")
        .statusCode(200)
        .body("created", equalTo(1));
    upload("Mã xã;Tên;Loại;Mã tỉnh\n" + code + ";Mường Khoa;XA;12\n", "")
        .statusCode(200)
        .body("unchanged", equalTo(1));
    given()
        .get("/api/v1/communes/" + code)
        .then()
        .body("border", equalTo(true))
        .body("hotspot", equalTo(true))
        .body("fullName", equalTo("Xã Mường Khoa"));
    upload(
            "code,name,full_name,type,province_code\n"
                + code
                + ",Mường Khoa,Phường Mường Khoa,PHUONG,12\n",
            "")
        .statusCode(200)
        .body("updated", equalTo(1));
    Api.audit("commune", code)
        .body("items[0].before.type", equalTo("XA"))
        .body("items[0].after.type", equalTo("PHUONG"))
        .body("items[0].after.border", equalTo(true));
  }

  @Test
  void reportsEveryBadRowAndWritesNothingAtomically() {
    String good = Api.newCommuneCode();
    String csv =
        "code,name,type,provinceCode,border\n"
            + good
            + ",Xã tốt,XA,12,\n"
            + "123,Mã ngắn,XA,12,\n"
            + Api.newCommuneCode()
            + ",,XA,12,\n"
            + Api.newCommuneCode()
            + ",Xã lạ,HUYEN,12,\n"
            + Api.newCommuneCode()
            + ",Xã lạ,XA,99,\n"
            + Api.newCommuneCode()
            + ",Xã lạ,XA,12,maybe\n"
            + good
            + ",Trùng,XA,12,\n";
    Conflicts.have(
            upload(csv, "").statusCode(422),
            "column",
            "code",
            "name",
            "type",
            "provinceCode",
            "border")
        .body("rejected", equalTo(6))
        .body("conflicts[0].row", equalTo(2))
        .body("conflicts[5].message", containsString("dòng 1"));
    given().get("/api/v1/communes/" + good).then().statusCode(404);
  }

  @Test
  void onlyCentralAdministratorsImportCommunes() {
    Imports.upload(
            Api.raw().auth().oauth2(Tokens.of("laichau.officer", Role.PROVINCE_OFFICER, "12")),
            "communes",
            Imports.CSV,
            ("code,name,type,provinceCode\n" + Api.newCommuneCode() + ",Xã,XA,12\n")
                .getBytes(StandardCharsets.UTF_8),
            "")
        .statusCode(403)
        .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
  }

  @Test
  void exportedCommunesImportBackWithoutChanges() {
    String tag = Api.unique("Xuất");
    Api.createCommune("15", tag + " A");
    Api.createCommune("15", tag + " B");
    byte[] exported =
        given()
            .queryParam("format", "csv")
            .queryParam("q", tag)
            .get("/api/v1/communes")
            .then()
            .statusCode(200)
            .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
            .extract()
            .asByteArray();
    org.assertj.core.api.Assertions.assertThat(new String(exported, StandardCharsets.UTF_8))
        .startsWith("\uFEFFcode,name,fullName,type,provinceCode,border,hotspot,ethnicMinority\n");
    Imports.importsBackUnchanged("communes", Imports.CSV, exported, 2);
  }
}

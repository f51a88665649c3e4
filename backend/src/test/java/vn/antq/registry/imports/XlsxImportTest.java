package vn.antq.registry.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Problems;
import vn.antq.registry.support.SignedIn;

@QuarkusTest
class XlsxImportTest extends SignedIn {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static ValidatableResponse upload(String kind, byte[] file) {
    return Api.raw().contentType(XLSX).body(file).post("/api/v1/imports/" + kind).then();
  }

  /**
   * A workbook whose first sheet, "Kết quả", holds these rows, each cell text or a number as given;
   * {@code more} adds what follows that sheet.
   */
  private static byte[] workbook(Consumer<Workbook> more, Object[]... rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "antq", "1.0");
    Worksheet sheet = workbook.newWorksheet("Kết quả");
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        if (rows[r][c] instanceof Number number) {
          sheet.value(r, c, number);
        } else {
          sheet.value(r, c, (String) rows[r][c]);
        }
      }
    }
    more.accept(workbook);
    workbook.finish();
    return out.toByteArray();
  }

  @Test
  void importsTheFirstSheetWithVietnameseHeadersAndNumericCodes() throws IOException {
    String commune = Api.createCommune("04", "Xã Excel");
    byte[] file =
        workbook(
            more -> more.newWorksheet("Ghi chú").value(0, 0, "bỏ qua"),
            new Object[] {"Mã chỉ tiêu", "Kỳ báo cáo", "Giá trị", "Mã xã"},
            new Object[] {"FIRECRACKERS_KG", "2024Q1", 292.24, commune},
            new Object[] {"PATROLS", 2024, 7, Integer.parseInt(commune)});
    upload("outcomes", file).statusCode(200).body("rows", equalTo(2)).body("created", equalTo(2));
    given()
        .queryParam("communeCode", commune)
        .queryParam("indicatorCode", "FIRECRACKERS_KG")
        .get("/api/v1/outcomes")
        .then()
        .body("items[0].value", equalTo(292.24f));
  }

  @Test
  void refusesZipBombsAndFilesThatAreNoSpreadsheet() throws IOException {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    upload("outcomes", bomb.toByteArray())
        .statusCode(413)
        .contentType(startsWith("application/problem+json"))
        .body("detail", containsString("zip bomb"));
    ByteArrayOutputStream plainZip = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(plainZip)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("không phải bảng tính".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    upload("outcomes", plainZip.toByteArray())
        .statusCode(400)
        .body("detail", containsString(".xlsx"));
    upload("outcomes", "indicatorCode,period\n".getBytes(StandardCharsets.UTF_8))
        .statusCode(400)
        .body("detail", containsString(".xlsx"));
  }

  @Test
  void exportedWorkbooksImportBackWithoutChanges() {
    String commune = Api.createCommune("04", "Xã vòng tròn");
    Api.postOutcomes(
        "[{\"indicatorCode\": \"POPPY_AREA_M2\", \"period\": \"2024S1\", \"value\": 3305.5, \"communeCode\": \""
            + commune
            + "\"},"
            + "{\"indicatorCode\": \"PATROLS\", \"period\": \"202401\", \"value\": 3, \"communeCode\": \""
            + commune
            + "\"}]");
    byte[] workbook =
        given()
            .queryParam("format", "xlsx")
            .queryParam("communeCode", commune)
            .get("/api/v1/outcomes")
            .then()
            .statusCode(200)
            .contentType(startsWith(XLSX))
            .header("Content-Disposition", containsString("ket-qua.xlsx"))
            .extract()
            .asByteArray();
    upload("outcomes", workbook)
        .statusCode(200)
        .body("rows", equalTo(2))
        .body("unchanged", equalTo(2));
    byte[] communes =
        given()
            .accept(XLSX)
            .queryParam("q", "vong tron")
            .get("/api/v1/communes")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    upload("communes", communes)
        .statusCode(200)
        .body("rows", equalTo(1))
        .body("unchanged", equalTo(1));
  }

  @Test
  void acceptsMultipartUploadsWithAFilePart() throws IOException {
    String commune = Api.createCommune("04", "Xã biểu mẫu");
    byte[] file =
        workbook(
            more -> {},
            new Object[] {"indicatorCode", "period", "value", "communeCode"},
            new Object[] {"PATROLS", "202403", 5, commune});
    given()
        .multiPart("file", "ket-qua.xlsx", file)
        .post("/api/v1/imports/outcomes?dryRun=true")
        .then()
        .statusCode(200)
        .body("created", equalTo(1));
    given()
        .multiPart(
            "file",
            "ket-qua.csv",
            ("indicatorCode,period,value,communeCode\nPATROLS,202404,6," + commune + "\n")
                .getBytes(StandardCharsets.UTF_8),
            "text/csv")
        .post("/api/v1/imports/outcomes")
        .then()
        .statusCode(200)
        .body("created", equalTo(1));
    given()
        .multiPart("other", "x.csv", new byte[] {1})
        .post("/api/v1/imports/outcomes")
        .then()
        .spec(Problems.badRequest("file"));
  }
}

package vn.antq.registry.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;

/** OWASP "CSV injection": exports neutralise text Excel would run as a formula, and import it back unchanged. */
@QuarkusTest
class FormulaExportTest extends SignedIn {

  @Test
  void formulaNamesAreNeutralisedInCsvAndXlsxAndImportBackUnchanged() throws IOException {
    String tag = Api.unique("ZQX").replace("-", "");
    List<String> names = List.of("=HYPERLINK(\"http://evil.example\",\"x\") " + tag, "+" + tag + " cộng", "-" + tag + " trừ",
        "@" + tag + " SUM(A1)");
    for (String name : names) {
      Api.createModel("04", name, "2021-03-15");
    }
    byte[] csv = given().queryParam("format", "csv").queryParam("q", tag).get("/api/v1/models").then()
        .statusCode(200).extract().asByteArray();
    String text = new String(csv, StandardCharsets.UTF_8);
    for (String name : names) {
      assertThat(text).as("CSV cell of " + name).contains(csvCell("'" + name)).doesNotContain("," + csvCell(name) + ",");
    }
    importsUnchanged("text/csv", csv, names.size());

    byte[] xlsx = given().accept(Uploads.XLSX).queryParam("q", tag).get("/api/v1/models").then()
        .statusCode(200).extract().asByteArray();
    List<String> cells = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      workbook.getFirstSheet().openStream().skip(1).forEach(row -> cells.add(row.getCellText(1)));
    }
    assertThat(cells).containsExactlyInAnyOrderElementsOf(names.stream().map(name -> "'" + name).collect(Collectors.toList()));
    importsUnchanged(Uploads.XLSX, xlsx, names.size());
  }

  private static String csvCell(String value) {
    return value.contains("\"") || value.contains(",") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }

  private static void importsUnchanged(String type, byte[] file, int rows) {
    Api.raw().contentType(type).body(file).post("/api/v1/imports/models").then()
        .statusCode(200)
        .body("rows", equalTo(rows))
        .body("unchanged", equalTo(rows))
        .body("created", equalTo(0))
        .body("updated", equalTo(0));
  }
}

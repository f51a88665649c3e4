package vn.antq.registry.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Imports;
import vn.antq.registry.support.SignedIn;

/**
 * OWASP "CSV injection": exports neutralise text Excel would run as a formula, and import it back
 * unchanged.
 */
@QuarkusTest
class FormulaExportTest extends SignedIn {

  @Test
  void formulaNamesAreNeutralisedInCsvAndXlsxAndImportBackUnchanged() throws IOException {
    String tag = Api.unique("ZQX").replace("-", "");
    List<String> names =
        List.of(
            "=HYPERLINK(\"http://evil.example\",\"x\") " + tag,
            "+" + tag + " cộng",
            "-" + tag + " trừ",
            "@" + tag + " SUM(A1)");
    for (String name : names) {
      Api.createModel("04", name, "2021-03-15");
    }
    byte[] csv = export(given().queryParam("format", "csv"), "/api/v1/models", "q", tag);
    String text = new String(csv, StandardCharsets.UTF_8);
    for (String name : names) {
      assertThat(text)
          .as("CSV cell of " + name)
          .contains(csvCell("'" + name))
          .doesNotContain("," + csvCell(name) + ",");
    }
    importsUnchanged(Imports.CSV, csv, names.size());

    byte[] xlsx = export(given().accept(Imports.XLSX), "/api/v1/models", "q", tag);
    List<String> cells = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      workbook.getFirstSheet().openStream().skip(1).forEach(row -> cells.add(row.getCellText(1)));
    }
    assertThat(cells)
        .containsExactlyInAnyOrderElementsOf(
            names.stream().map(name -> "'" + name).collect(Collectors.toList()));
    importsUnchanged(Imports.XLSX, xlsx, names.size());
  }

  @Test
  void formulaTextOfAPointRoundTripsThroughBothExports() throws IOException {
    String model = Api.createModel("04", "Mô hình " + Api.unique("F"), "2020-01-01");
    String commune = Api.createCommune("04", "Xã công thức");
    String place = "=1+1 thôn " + Api.unique("P");
    java.util.Map<String, Object> point = Api.point(model, commune, place, "2021-01-01");
    point.put("teamCount", 1);
    point.put("memberCount", 5);
    point.put("coreMemberCount", 0);
    point.put("leaderPhone", "+84912345678");
    point.put("latitude", -0.5);
    point.put("longitude", 103.25);
    Api.createPoint(point);
    byte[] csv =
        export(
            given().queryParam("format", "csv"), "/api/v1/replication-points", "modelCode", model);
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("'" + place)
        .contains("'+84912345678")
        .contains(",-0.5,")
        .doesNotContain("'-0.5");
    Imports.importsBackUnchanged("replication-points", Imports.CSV, csv, 1);
    byte[] xlsx =
        export(given().accept(Imports.XLSX), "/api/v1/replication-points", "modelCode", model);
    Imports.importsBackUnchanged("replication-points", Imports.XLSX, xlsx, 1);
  }

  /** The list at {@code path} filtered by one parameter, downloaded as {@code format} asks. */
  private static byte[] export(
      RequestSpecification format, String path, String filter, String value) {
    return format
        .queryParam(filter, value)
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .asByteArray();
  }

  private static String csvCell(String value) {
    return value.contains("\"") || value.contains(",")
        ? "\"" + value.replace("\"", "\"\"") + "\""
        : value;
  }

  private static void importsUnchanged(String type, byte[] file, int rows) {
    Imports.importsBackUnchanged("models", type, file, rows)
        .body("created", equalTo(0))
        .body("updated", equalTo(0));
  }
}

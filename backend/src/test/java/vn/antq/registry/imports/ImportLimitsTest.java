package vn.antq.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.SignedIn;

/**
 * Every kind of import, every reader: a line, field, cell or file past the limits is a 413 problem
 * naming where (never a 500), and a broken multipart body is a 400 problem.
 */
@QuarkusTest
class ImportLimitsTest extends SignedIn {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CELL_LIMIT = 32767;
  private static final String BOUNDARY = "antq-test-boundary";

  private static JsonNode problem(HttpResponse<byte[]> response, int status, String what)
      throws Exception {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(response.statusCode())
        .as(what + ": " + body.substring(0, Math.min(300, body.length())))
        .isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .as(what)
        .startsWith("application/problem+json");
    assertThat(response.body().length).as(what + ": a short answer").isLessThan(4096);
    return JSON.readTree(body);
  }

  private static String firstColumn(String kind) {
    return Uploads.HEADERS.get(kind).split(",")[0];
  }

  private static String rest(String kind) {
    return ",x".repeat(Uploads.HEADERS.get(kind).split(",").length - 1);
  }

  /** The header of {@code kind} and one row with {@code value} in every column. */
  private static String everyColumn(String kind, String value) {
    int columns = Uploads.HEADERS.get(kind).split(",").length;
    return Uploads.HEADERS.get(kind) + "\n" + (value + ",").repeat(columns - 1) + value + "\n";
  }

  private static JsonNode csvProblem(String kind, String csv, int status, String what)
      throws Exception {
    return problem(
        Uploads.post(kind, "text/csv", csv.getBytes(StandardCharsets.UTF_8)), status, what);
  }

  /** A closed multipart body of one part with these headers (CRLF-separated). */
  private static byte[] onePart(String headers, String content) {
    return ("--"
            + BOUNDARY
            + "\r\n"
            + headers
            + "\r\n\r\n"
            + content
            + "\r\n--"
            + BOUNDARY
            + "--\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aHeaderLineOverOneMebibyteIs413ForEveryKind() throws Exception {
    for (String kind : Uploads.HEADERS.keySet()) {
      String longName = Uploads.HEADERS.get(kind) + "," + "h".repeat(2 << 20) + "\n" + "a,b\n";
      JsonNode oneField = csvProblem(kind, longName, 413, kind + " long header field");
      assertThat(oneField.path("detail").asText())
          .contains("tiêu đề")
          .contains(String.valueOf(CELL_LIMIT));
      assertThat(oneField.path("type").asText()).isEqualTo("urn:antq:problem:content-too-large");
      String manyFields = "a,".repeat(1 << 20) + "a\n" + "a\n";
      JsonNode columns =
          problem(
              Uploads.post(
                  kind, "text/csv; charset=utf-8", manyFields.getBytes(StandardCharsets.UTF_8)),
              413,
              kind + " header of a million fields");
      assertThat(columns.path("detail").asText()).contains("100");
      String semicolons =
          Uploads.HEADERS.get(kind).replace(',', ';') + ";" + "h".repeat(2 << 20) + "\n";
      csvProblem(kind, semicolons, 413, kind + " long ; header");
    }
  }

  @Test
  void aCellPastTheLimitIs413WithItsRowAndColumnInEveryReader() throws Exception {
    String cell = "c".repeat(CELL_LIMIT + 1);
    for (String kind : Uploads.HEADERS.keySet()) {
      String column = firstColumn(kind);
      String csv = Uploads.HEADERS.get(kind) + "\n" + cell + rest(kind) + "\n";
      JsonNode fromCsv = csvProblem(kind, csv, 413, kind + " csv cell");
      assertThat(fromCsv.at("/errors/0/field").asText()).isEqualTo("row 1, " + column);
      assertThat(fromCsv.path("detail").asText()).doesNotContain("ccccc");

      String json = "[{\"" + column + "\": \"" + cell + "\"}]";
      JsonNode fromJson =
          problem(
              Uploads.post(kind, "application/json", json.getBytes(StandardCharsets.UTF_8)),
              413,
              kind + " json string");
      assertThat(fromJson.at("/errors/0/field").asText()).isEqualTo("row 1, " + column);

      String[] header = Uploads.HEADERS.get(kind).split(",");
      String[] row = new String[header.length];
      java.util.Arrays.fill(row, "x");
      row[0] = cell;
      JsonNode fromXlsx =
          problem(
              Uploads.post(kind, Uploads.XLSX, Uploads.workbook(header, row)),
              413,
              kind + " xlsx cell");
      assertThat(fromXlsx.at("/errors/0/field").asText()).isEqualTo("row 1, " + column);

      byte[] form = multipart(Map.of("file", csv), "ket-qua.csv", true);
      problem(
          Uploads.post(kind, "multipart/form-data; boundary=" + BOUNDARY, form),
          413,
          kind + " multipart csv cell");
    }
  }

  @Test
  void aRowPastTheRowLimitIs413InEveryReader() throws Exception {
    // three cells each under the cell limit, together over the 65,536 characters a row may hold
    String cell = "r".repeat(32_000);
    for (String kind : Uploads.HEADERS.keySet()) {
      String[] header = Uploads.HEADERS.get(kind).split(",");
      if (header.length < 3) {
        continue;
      }
      String csv = everyColumn(kind, cell);
      JsonNode fromCsv = csvProblem(kind, csv, 413, kind + " csv row");
      assertThat(fromCsv.path("detail").asText()).contains("65536");
      StringBuilder json = new StringBuilder("[{");
      for (int c = 0; c < header.length; c++) {
        json.append(c == 0 ? "" : ",")
            .append('"')
            .append(header[c])
            .append("\": \"")
            .append(cell)
            .append('"');
      }
      problem(
          Uploads.post(
              kind,
              "application/json",
              json.append("}]").toString().getBytes(StandardCharsets.UTF_8)),
          413,
          kind + " json row");
      String[] cells = new String[header.length];
      java.util.Arrays.fill(cells, cell);
      problem(
          Uploads.post(kind, Uploads.XLSX, Uploads.workbook(header, cells)),
          413,
          kind + " xlsx row");
    }
  }

  @Test
  void errorsQuoteOnlyTheStartOfAValue() throws Exception {
    String value = "v".repeat(5000);
    for (String kind : Uploads.HEADERS.keySet()) {
      // the long value in every column: whichever column an importer checks first, its error has
      // the value to quote
      String csv = everyColumn(kind, value);
      for (String mode : new String[] {"atomic", "partial"}) {
        HttpResponse<byte[]> answer =
            Uploads.post(kind + "?mode=" + mode, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        assertThat(answer.statusCode())
            .as(kind + " " + mode + ": " + body.substring(0, Math.min(300, body.length())))
            .isIn(200, 400, 422);
        assertThat(body)
            .as(kind + " " + mode)
            .contains("v".repeat(100) + "…")
            .doesNotContain("v".repeat(101));
      }
      String header = Uploads.HEADERS.get(kind) + "," + value + "\n" + "a" + rest(kind) + ",b\n";
      JsonNode unknown = csvProblem(kind, header, 400, kind + " unknown long column");
      assertThat(unknown.toString())
          .contains("v".repeat(100) + "…")
          .doesNotContain("v".repeat(101));
    }
  }

  @Test
  void anArchiveOfMorePartsThanTheLimitIs413EvenWhenItsEndRecordSaysFewer() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      for (int i = 0; i < 1000; i++) {
        zip.putNextEntry(new java.util.zip.ZipEntry("xl/media/p" + i + ".xml"));
        zip.closeEntry();
      }
    }
    byte[] archive = bytes.toByteArray();
    JsonNode many = problem(Uploads.post("outcomes", Uploads.XLSX, archive), 413, "1001 parts");
    assertThat(many.path("detail").asText()).contains("1000");
    // the end record (the last 22 bytes) declares one entry on this disk and in all
    int end = archive.length - 22;
    archive[end + 8] = 1;
    archive[end + 9] = 0;
    archive[end + 10] = 1;
    archive[end + 11] = 0;
    problem(Uploads.post("outcomes", Uploads.XLSX, archive), 413, "1001 parts, one declared");
  }

  @Test
  void moreRowsThanTheLimitIs413() throws Exception {
    // the test profile sets antq.imports.limits.rows=15000 (under the 20,000 rows that go to the
    // background)
    StringBuilder csv = new StringBuilder("indicatorCode,period,value\n");
    for (int i = 0; i <= 15_000; i++) {
      csv.append("PATROLS,2024,1\n");
    }
    JsonNode answer =
        problem(
            Uploads.post("outcomes", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)),
            413,
            "rows");
    assertThat(answer.path("detail").asText()).contains("15000");
  }

  @Test
  void aBrokenMultipartBodyIs400ForEveryKind() throws Exception {
    for (String kind : Uploads.HEADERS.keySet()) {
      String csv = Uploads.HEADERS.get(kind) + "\n" + "a" + rest(kind) + "\n";
      String type = "multipart/form-data; boundary=" + BOUNDARY;
      byte[] whole = multipart(Map.of("file", csv), "ket-qua.csv", true);
      byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);
      assertThat(
              problem(Uploads.post(kind, type, truncated), 400, kind + " truncated")
                  .at("/errors/0/field")
                  .asText())
          .isEqualTo("file");
      byte[] unterminated = multipart(Map.of("file", csv), "ket-qua.csv", false);
      problem(Uploads.post(kind, type, unterminated), 400, kind + " no closing boundary");
      problem(
          Uploads.post(kind, "multipart/form-data", whole), 400, kind + " no boundary parameter");
      problem(
          Uploads.post(kind, "multipart/form-data; boundary=another-boundary", whole),
          400,
          kind + " wrong boundary");
      problem(
          Uploads.post(kind, type, multipart(Map.of("note", "x"), null, true)),
          400,
          kind + " no file part");
      byte[] two =
          (part("file", "a.csv", csv) + part("file", "b.csv", csv) + "--" + BOUNDARY + "--\r\n")
              .getBytes(StandardCharsets.UTF_8);
      JsonNode twoFiles = problem(Uploads.post(kind, type, two), 400, kind + " two file parts");
      assertThat(twoFiles.path("detail").asText()).contains("một tệp");
      problem(Uploads.post(kind, type, new byte[0]), 400, kind + " empty multipart body");
      byte[] fieldNotFile =
          onePart("Content-Disposition: form-data; name=\"file\"", csv + "x".repeat(8192));
      // a form field (no filename) longer than quarkus.http.limits.max-form-attribute-size: too
      // large, not a file
      JsonNode field =
          problem(
              Uploads.post(kind, type, fieldNotFile),
              413,
              kind + " 'file' sent as a long form field, not a file");
      assertThat(field.path("type").asText()).isEqualTo("urn:antq:problem:content-too-large");
      byte[] shortField = onePart("Content-Disposition: form-data; name=\"file\"", csv);
      problem(
          Uploads.post(kind, type, shortField),
          400,
          kind + " 'file' sent as a form field, not a file");
      byte[] noDisposition = onePart("Content-Type: text/csv", csv);
      problem(
          Uploads.post(kind, type, noDisposition),
          400,
          kind + " a part without Content-Disposition");
    }
  }

  private static byte[] multipart(Map<String, String> parts, String filename, boolean closed) {
    StringBuilder body = new StringBuilder();
    parts.forEach((name, content) -> body.append(part(name, filename, content)));
    if (closed) {
      body.append("--").append(BOUNDARY).append("--\r\n");
    }
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String part(String name, String filename, String content) {
    return "--"
        + BOUNDARY
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\""
        + (filename == null ? "" : "; filename=\"" + filename + "\"\r\nContent-Type: text/csv")
        + "\r\n\r\n"
        + content
        + "\r\n";
  }
}

package vn.antq.registry.support;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;

/** Files sent to {@code POST /imports/{kind}} as they are, for the tests of each importer. */
public final class Imports {

  public static final String CSV = "text/csv";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Imports() {}

  /** A CSV file of {@code kind}, as the signed-in user, with {@code query} ("" or "?..."). */
  public static ValidatableResponse upload(String kind, String csv, String query) {
    return upload(Api.raw(), kind, CSV, csv.getBytes(StandardCharsets.UTF_8), query);
  }

  public static ValidatableResponse upload(
      RequestSpecification as, String kind, String contentType, byte[] file, String query) {
    return as.contentType(contentType).body(file).post("/api/v1/imports/" + kind + query).then();
  }

  /**
   * An exported file imported back: every row is found and none changes, so an export re-imports by
   * construction.
   */
  public static ValidatableResponse importsBackUnchanged(
      String kind, String contentType, byte[] file, int rows) {
    return upload(Api.raw(), kind, contentType, file, "")
        .statusCode(200)
        .body("rows", equalTo(rows))
        .body("unchanged", equalTo(rows));
  }
}

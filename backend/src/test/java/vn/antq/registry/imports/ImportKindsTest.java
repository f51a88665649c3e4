package vn.antq.registry.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.arc.All;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.SignedIn;

/**
 * The importers are collected by CDI: each documented kind must find exactly one, and no kind may
 * be claimed twice.
 */
@QuarkusTest
class ImportKindsTest extends SignedIn {

  /** In the operation's description each kind is written as `kind` (its columns). */
  private static final Pattern KIND = Pattern.compile("`([a-z-]+)` \\(");

  @Inject @All List<Importer> importers;

  @Test
  void everyDocumentedKindHasExactlyOneImporter() {
    String description =
        given()
            .accept("application/json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .path("paths.'/api/v1/imports/{kind}'.post.description");
    String listed = description.substring(description.indexOf("Các loại và cột:"));
    List<String> documented = new ArrayList<>();
    Matcher m = KIND.matcher(listed);
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertThat(documented).hasSize(6).doesNotHaveDuplicates();

    List<String> claimed = importers.stream().map(Importer::kind).toList();
    assertThat(claimed).doesNotHaveDuplicates();
    assertThat(claimed).containsExactlyInAnyOrderElementsOf(documented);
  }

  /**
   * The description is the only list of columns a caller reads before sending a file: each kind's
   * columns there (canonical names or aliases) must be exactly its importer's, so a column added to
   * an importer fails here until it is documented.
   */
  @Test
  void everyKindDocumentsExactlyItsImportersColumns() {
    String description =
        given()
            .accept("application/json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .path("paths.'/api/v1/imports/{kind}'.post.description");
    String listed = description.substring(description.indexOf("Các loại và cột:"));
    for (Importer importer : importers) {
      Matcher m = Pattern.compile("`" + importer.kind() + "` \\(([^)]*)\\)").matcher(listed);
      assertThat(m.find()).as(importer.kind()).isTrue();
      List<String> documented = new ArrayList<>();
      for (String token : m.group(1).split(",|\\bhoặc\\b")) {
        if (!token.isBlank()) {
          documented.add(importer.columns().name(token.strip()));
        }
      }
      // A kind may document two spellings of its columns ("old_code … hoặc old_province_code").
      assertThat(new java.util.HashSet<>(documented))
          .as("columns documented for " + importer.kind())
          .isEqualTo(new java.util.HashSet<>(importer.columns().names()));
    }
  }

  @Test
  void anUnknownKindIsNotFoundAndTheProblemListsTheKindsInLoadOrder() {
    given()
        .contentType("text/csv")
        .body("code\n1\n".getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/imports/villages")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body(
            "detail",
            equalTo(
                "Không tìm thấy loại dữ liệu nhập 'villages [communes, models, replication-points, outcomes, legacy-units, "
                    + "legacy-successors]' (import kind 'villages [communes, models, replication-points, outcomes, legacy-units, legacy-successors]' not found)"));
  }
}

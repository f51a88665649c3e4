package vn.antq.registry.freshness;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;

/**
 * A list page's ids and count are kept per data generation: the same page asked again is not
 * counted again, and every write shows in the very next page.
 */
@QuarkusTest
class ListFreshnessTest extends SignedIn {

  @Inject AnswerCache answers;

  @Test
  void aPageAskedAgainIsNotReadAgain() {
    Api.createModel("11", "Mô hình trang giữ", "2019-01-01");
    // The first read after a write drops the answers of the generation before it.
    page("/api/v1/models?provinceCode=11&size=3&page=0");
    int before = answers.size();
    page("/api/v1/models?provinceCode=11&size=3&page=1");
    assertEquals(before + 1, answers.size(), "the first read keeps the page's ids");
    page("/api/v1/models?provinceCode=11&size=3&page=1");
    assertEquals(before + 1, answers.size(), "the second read uses them");
    page("/api/v1/models?provinceCode=11&size=3&page=2");
    assertEquals(before + 2, answers.size(), "another page is kept apart");
  }

  @Test
  void everyWriteShowsInTheNextPage() {
    String model = Api.createModel("11", "Mô hình trang tươi", "2019-01-01");
    String other = Api.createModel("11", "Mô hình trang khác", "2019-01-01");
    String commune = Api.createCommune("11", "Xã Trang Tươi");
    String list = "/api/v1/replication-points?modelCode=" + model;
    assertEquals(0, page(list).getLong("total"));

    long first = Api.createPoint(model, commune, "2019-02-01", 1, 5);
    long second = Api.createPoint(model, commune, "2019-02-01", 1, 5);
    assertEquals(List.of(first, second), ids(list), "after creating two points");

    Map<String, Object> moved = Api.point(other, commune, "Thôn chuyển", "2019-02-01");
    Api.json().body(moved).put("/api/v1/replication-points/" + first).then().statusCode(200);
    assertEquals(List.of(second), ids(list), "after moving one to another model");
    assertEquals(
        List.of(first), ids("/api/v1/replication-points?modelCode=" + other), "the other model");

    given().delete("/api/v1/replication-points/" + second).then().statusCode(204);
    assertEquals(0, page(list).getLong("total"), "after deleting the other");
  }

  private static JsonPath page(String path) {
    return given().get(path).then().statusCode(200).extract().jsonPath();
  }

  private static List<Long> ids(String path) {
    return page(path).getList("items.id", Long.class);
  }
}

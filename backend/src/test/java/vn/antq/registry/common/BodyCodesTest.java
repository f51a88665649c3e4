package vn.antq.registry.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;

/**
 * A code inside a body names a unit exactly, as in a path: "12 " is not province 12 (MariaDB's PAD
 * SPACE would say it is).
 */
@QuarkusTest
class BodyCodesTest extends SignedIn {

  private static Map<String, Object> model() {
    return Api.model("12", "Mô hình mã lạ " + Api.unique("B"));
  }

  static Stream<Arguments> modelCodesWithWhiteSpace() {
    return Stream.of(
        Arguments.of("provinceCode", "12 "),
        Arguments.of("provinceCode", " 12"),
        Arguments.of("provinceCode", "12\t"),
        Arguments.of("provinceCode", "1２"),
        Arguments.of("categoryCode", "RESIDENTIAL "),
        Arguments.of("categoryCode", "RESIDENTIAL\u00a0"));
  }

  @ParameterizedTest(name = "{0} \"{1}\"")
  @MethodSource("modelCodesWithWhiteSpace")
  void aProvinceOrCategoryCodeWithWhiteSpaceIsUnknown(String field, String code) {
    Map<String, Object> body = model();
    body.put(field, code);
    Api.json()
        .body(body)
        .post("/api/v1/models")
        .then()
        .statusCode(422)
        .body("errors.field", hasItem(field));
  }

  @ParameterizedTest
  @ValueSource(strings = {"03549 ", " 03549"})
  void aCommuneOrModelCodeWithWhiteSpaceIsUnknown(String commune) {
    String model = Api.createModel("11", "Mô hình có điểm", "2020-01-01");
    Api.json()
        .body(Api.point(model, commune, "Thôn mã lạ", null))
        .post("/api/v1/replication-points")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("communeCode"));
    Api.json()
        .body(Api.point(model + " ", "03549", "Thôn mã lạ", null))
        .post("/api/v1/replication-points")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("modelCode"));
  }
}

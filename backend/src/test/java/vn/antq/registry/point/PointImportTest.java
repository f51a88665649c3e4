package vn.antq.registry.point;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Imports;
import vn.antq.registry.support.SignedIn;

@QuarkusTest
class PointImportTest extends SignedIn {

  @Test
  void importsPointsByIdOrExternalIdAndRoundTrips() {
    String model = Api.createModel("04", "Mô hình điểm", "2015-01-01");
    String commune = Api.createCommune("04", "Xã điểm");
    String ext = Api.unique("EXT");
    String csv =
        "externalId,modelCode,communeCode,placeType,placeName,establishedOn,teamCount,memberCount,leaderName\n"
            + ext
            + ","
            + model
            + ","
            + commune
            + ",VILLAGE,Thôn Nà Pồng,2016-05-01,2,24,Hoàng Văn Sáng\n"
            + ","
            + model
            + ","
            + commune
            + ",SCHOOL,Trường THCS Xuân Giang,2017-09-05,1,12,\n";
    Imports.upload("replication-points", csv, "").statusCode(200).body("created", equalTo(2));
    Imports.upload("replication-points", csv.replace(",2,24,", ",3,30,"), "")
        .statusCode(200)
        .body("updated", equalTo(1))
        .body("created", equalTo(1));
    given()
        .queryParam("externalId", ext)
        .get("/api/v1/replication-points")
        .then()
        .body("items[0].teamCount", equalTo(3))
        .body("items[0].leaderName", equalTo("Hoàng Văn Sáng"));
    byte[] exported =
        given()
            .queryParam("format", "csv")
            .queryParam("modelCode", model)
            .get("/api/v1/replication-points")
            .then()
            .extract()
            .asByteArray();
    Imports.importsBackUnchanged("replication-points", Imports.CSV, exported, 3);
    Imports.upload(
            "replication-points",
            "id,modelCode,communeCode,placeType,placeName\n999999999,"
                + model
                + ","
                + commune
                + ",VILLAGE,Thôn\n",
            "")
        .statusCode(422)
        .body("conflicts[0].message", containsString("999999999"));
  }
}

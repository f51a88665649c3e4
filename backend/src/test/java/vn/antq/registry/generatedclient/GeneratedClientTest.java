package vn.antq.registry.generatedclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.antq.client.ApiClient;
import vn.antq.client.ApiException;
import vn.antq.client.ApiResponse;
import vn.antq.client.api.CommunesApi;
import vn.antq.client.api.ImportsApi;
import vn.antq.client.api.ModelsApi;
import vn.antq.client.api.OutcomesApi;
import vn.antq.client.api.ProvincesApi;
import vn.antq.client.api.ReplicationPointsApi;
import vn.antq.client.model.CommuneInput;
import vn.antq.client.model.CommuneType;
import vn.antq.client.model.ImportJob;
import vn.antq.client.model.ImportJobState;
import vn.antq.client.model.ImportRejection;
import vn.antq.client.model.ImportResult;
import vn.antq.client.model.Model;
import vn.antq.client.model.ModelInput;
import vn.antq.client.model.ModelStatus;
import vn.antq.client.model.OutcomeBatch;
import vn.antq.client.model.OutcomeTotals;
import vn.antq.client.model.OutcomeValue;
import vn.antq.client.model.PlaceType;
import vn.antq.client.model.Problem;
import vn.antq.client.model.Province;
import vn.antq.client.model.ProvincePage;
import vn.antq.client.model.ReplicationPoint;
import vn.antq.client.model.ReplicationPointInput;
import vn.antq.client.model.Summary;
import vn.antq.registry.security.Role;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Tokens;

/**
 * The main flows driven by a client that openapi-generator (Java, native library) made from the
 * published openapi.yaml, used as generated: if the contract lies about a status, a body, a header
 * or a media type, these calls fail or read wrong values.
 */
@QuarkusTest
class GeneratedClientTest {

  @TestHTTPResource("/")
  URI base;

  ApiClient admin;

  @BeforeEach
  void client() {
    admin = client(Tokens.centralAdmin());
  }

  private ApiClient client(String token) {
    ApiClient client =
        new ApiClient(
            HttpClient.newBuilder(),
            ApiClient.createDefaultObjectMapper(),
            base.toString().replaceAll("/$", ""));
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    client.setReadTimeout(Duration.ofSeconds(30));
    return client;
  }

  private Problem problem(ApiException e) throws Exception {
    assertThat(e.getResponseHeaders().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    return admin.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
  }

  private static String header(ApiResponse<?> response, String name) {
    return response.getHeaders().entrySet().stream()
        .filter(entry -> entry.getKey().equalsIgnoreCase(name))
        .map(entry -> entry.getValue().get(0))
        .findFirst()
        .orElse(null);
  }

  @Test
  void readsProvincesPageByPage() throws Exception {
    ProvincesApi provinces = new ProvincesApi(admin);
    ProvincePage first = provinces.listProvinces(0, null, 5, "name");
    ProvincePage second = provinces.listProvinces(1, null, 5, "name");
    assertThat(first.getTotal()).isEqualTo(34L);
    assertThat(first.getSize()).isEqualTo(5);
    assertThat(first.getItems()).hasSize(5);
    assertThat(second.getPage()).isEqualTo(1);
    assertThat(second.getItems())
        .extracting(Province::getCode)
        .doesNotContainAnyElementsOf(first.getItems().stream().map(Province::getCode).toList());

    ApiResponse<Province> laiChau = provinces.getProvinceWithHttpInfo("12");
    assertThat(laiChau.getData().getName()).contains("Lai Châu");
    assertThat(header(laiChau, "ETag")).isEqualTo("\"" + laiChau.getData().getVersion() + "\"");
  }

  @Test
  void createsReadsUpdatesAndDeletesAModel() throws Exception {
    ModelsApi models = new ModelsApi(admin);
    ModelInput input =
        new ModelInput()
            .name("Tổ tự quản máy khách " + Api.unique("G"))
            .categoryCode("RESIDENTIAL")
            .provinceCode("04")
            .startedOn(LocalDate.of(2021, 3, 1));
    ApiResponse<Model> created = models.createModelWithHttpInfo(input);
    String code = created.getData().getCode();
    assertThat(created.getStatusCode()).isEqualTo(201);
    assertThat(header(created, "Location")).endsWith("/api/v1/models/" + code);
    assertThat(created.getData().getStartedOn()).isEqualTo(LocalDate.of(2021, 3, 1));
    assertThat(created.getData().getStatus()).isEqualTo(ModelStatus.ACTIVE);

    ApiResponse<Model> read = models.getModelWithHttpInfo(code);
    String etag = header(read, "ETag");
    assertThat(etag).isNotBlank();
    ApiResponse<Model> updated =
        models.updateModelWithHttpInfo(code, input.leadOrganisation("Công an xã"), etag);
    assertThat(updated.getData().getLeadOrganisation()).isEqualTo("Công an xã");
    assertThat(header(updated, "ETag")).isNotEqualTo(etag);

    ApiException stale =
        catchThrowableOfType(
            ApiException.class, () -> models.updateModel(code, input.leadOrganisation("Cũ"), etag));
    assertThat(stale.getCode()).isEqualTo(412);
    assertThat(problem(stale).getStatus()).isEqualTo(412);

    // The generated client sends Accept: application/problem+json here, the only body a DELETE
    // documents.
    models.deleteModel(code);
    ApiException gone = catchThrowableOfType(ApiException.class, () -> models.getModel(code));
    assertThat(gone.getCode()).isEqualTo(404);
    assertThat(problem(gone).getType()).isEqualTo("urn:antq:problem:not-found");
  }

  @Test
  void recordsOutcomesOfAPointAndReadsTheirTotals() throws Exception {
    String commune =
        new CommunesApi(admin)
            .createCommune(
                new CommuneInput()
                    .code(Api.newCommuneCode())
                    .name("Xã máy khách")
                    .type(CommuneType.XA)
                    .provinceCode("04"))
            .getCode();
    String model =
        new ModelsApi(admin)
            .createModel(
                new ModelInput()
                    .name("Mô hình máy khách " + Api.unique("G"))
                    .categoryCode("RESIDENTIAL")
                    .provinceCode("04")
                    .startedOn(LocalDate.of(2020, 1, 1)))
            .getCode();
    ReplicationPointsApi points = new ReplicationPointsApi(admin);
    ApiResponse<ReplicationPoint> created =
        points.createReplicationPointWithHttpInfo(
            new ReplicationPointInput()
                .modelCode(model)
                .communeCode(commune)
                .placeType(PlaceType.VILLAGE)
                .placeName("Thôn máy khách")
                .establishedOn(LocalDate.of(2020, 2, 1))
                .teamCount(2)
                .memberCount(15));
    long point = created.getData().getId();
    assertThat(header(created, "Location")).endsWith("/api/v1/replication-points/" + point);
    assertThat(points.getReplicationPoint(point).getMemberCount()).isEqualTo(15);

    OutcomesApi outcomes = new OutcomesApi(admin);
    outcomes.postOutcomes(
        new OutcomeBatch()
            .values(
                List.of(
                    new OutcomeValue()
                        .indicatorCode("TIPS_RECEIVED")
                        .period("202401")
                        .value(new BigDecimal("7"))
                        .pointId(point),
                    new OutcomeValue()
                        .indicatorCode("TIPS_RECEIVED")
                        .period("202402")
                        .value(new BigDecimal("5"))
                        .pointId(point))));
    OutcomeTotals totals =
        outcomes.getOutcomeTotals(
            null, "indicatorCode", "TIPS_RECEIVED", null, "2024Q1", point, null);
    assertThat(totals.getItems())
        .singleElement()
        .satisfies(total -> assertThat(total.getValue()).isEqualByComparingTo("12"));
    Summary summary = new ModelsApi(admin).getModelSummary(model, "2024");
    assertThat(summary.getPointCount()).isEqualTo(1L);
    assertThat(summary.getMemberCount()).isEqualTo(15L);
    assertThat(summary.getOutcomes())
        .anySatisfy(
            outcome -> {
              assertThat(outcome.getIndicatorCode()).isEqualTo("TIPS_RECEIVED");
              assertThat(outcome.getValue()).isEqualByComparingTo("12");
            });
  }

  @Test
  void importsCsvDryRunRejectionAndInTheBackground() throws Exception {
    String commune =
        new CommunesApi(admin)
            .createCommune(
                new CommuneInput()
                    .code(Api.newCommuneCode())
                    .name("Xã nhập máy khách")
                    .type(CommuneType.XA)
                    .provinceCode("04"))
            .getCode();
    ImportsApi imports = new ImportsApi(admin);
    String csv = "indicatorCode,period,value,communeCode\nPATROLS,202403,4," + commune + "\n";

    ImportResult dry = imports.importFile("outcomes", csv, null, true, null);
    assertThat(dry.getDryRun()).isTrue();
    assertThat(dry.getRows()).isEqualTo(1L);
    assertThat(dry.getCreated()).isEqualTo(1L);
    assertThat(
            new OutcomesApi(admin)
                .listOutcomes(commune, null, null, 0, null, null, null, 10, null, null, null)
                .getTotal())
        .isZero();

    ApiException rejected =
        catchThrowableOfType(
            ApiException.class,
            () ->
                imports.importFile(
                    "outcomes",
                    csv + "NO_SUCH_INDICATOR,202403,1," + commune + "\n",
                    null,
                    null,
                    null));
    assertThat(rejected.getCode()).isEqualTo(422);
    ImportRejection rejection =
        admin.getObjectMapper().readValue(rejected.getResponseBody(), ImportRejection.class);
    assertThat(rejection.getStatus()).isEqualTo(422);
    assertThat(rejection.getType()).isEqualTo("urn:antq:problem:import-rejected");
    assertThat(rejection.getRows()).isEqualTo(2L);
    assertThat(rejection.getRejected()).isEqualTo(1L);
    assertThat(rejection.getCreated()).isZero();
    assertThat(rejection.getConflicts())
        .singleElement()
        .satisfies(
            conflict -> {
              assertThat(conflict.getRow()).isEqualTo(2L);
              assertThat(conflict.getValue()).isEqualTo("NO_SUCH_INDICATOR");
            });

    ApiResponse<ImportJob> accepted =
        imports.startImportJobWithHttpInfo("outcomes", csv, null, null);
    assertThat(accepted.getStatusCode()).isEqualTo(202);
    long id = accepted.getData().getId();
    assertThat(header(accepted, "Location")).endsWith("/api/v1/imports/" + id);
    ImportJob job = accepted.getData();
    for (int i = 0;
        i < 300 && job.getState() != ImportJobState.DONE && job.getState() != ImportJobState.FAILED;
        i++) {
      Thread.sleep(100);
      job = imports.getImportJob(id);
    }
    assertThat(job.getState()).isEqualTo(ImportJobState.DONE);
    assertThat(job.getResult().getCreated()).isEqualTo(1L);
    assertThat(
            new OutcomesApi(admin)
                .listOutcomes(commune, "PATROLS", null, 0, null, null, null, 10, null, null, null)
                .getItems())
        .singleElement()
        .satisfies(outcome -> assertThat(outcome.getValue()).isEqualByComparingTo("4"));
  }

  @Test
  void errorsArriveAsApiExceptionsWithAProblem() throws Exception {
    ApiException badPage =
        catchThrowableOfType(
            ApiException.class,
            () -> new ProvincesApi(admin).listProvinces(0, null, 100_000, null));
    assertThat(badPage.getCode()).isEqualTo(400);
    assertThat(problem(badPage).getErrors())
        .anySatisfy(error -> assertThat(error.getField()).isEqualTo("size"));

    ModelsApi officer =
        new ModelsApi(client(Tokens.of("laichau.officer", Role.PROVINCE_OFFICER, "12")));
    ApiException outside =
        catchThrowableOfType(
            ApiException.class,
            () ->
                officer.createModel(
                    new ModelInput()
                        .name("Ngoài tỉnh")
                        .categoryCode("RESIDENTIAL")
                        .provinceCode("04")));
    assertThat(outside.getCode()).isEqualTo(403);
    Problem forbidden = problem(outside);
    assertThat(forbidden.getStatus()).isEqualTo(403);
    assertThat(forbidden.getDetail()).contains("12");
    assertThat(forbidden.getType()).isEqualTo("urn:antq:problem:forbidden");
  }
}

package vn.antq.registry.imports;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.antq.registry.common.FieldError;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.ProblemMappers;
import vn.antq.registry.common.ProblemType;
import vn.antq.registry.common.QueryValues;
import vn.antq.registry.security.Access;
import vn.antq.registry.security.Actor;

@Path("/api/v1/imports")
@Tag(name = "imports")
public class ImportResource {

  @Inject ImportService service;
  @Inject ImportJobs jobs;
  @Inject Access access;
  @Inject ImportTuning tuning;

  @POST
  @Path("{kind}")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "importFile",
      summary = "Nhập một tệp (CSV, JSON, Excel)",
      description =
          """
      Gửi cả tệp làm nội dung yêu cầu: `text/csv` (UTF-8, có hoặc không BOM, phân cách bằng dấu phẩy hoặc chấm phẩy) hoặc \
      `application/json` (mảng đối tượng, hoặc `{"values": [...]}`) hoặc Excel `.xlsx` (trang tính đầu, tiêu đề ở dòng 1). Tên cột là tên trường JSON; tiêu đề tiếng Việt được chấp nhận \
      ("Mã chỉ tiêu", "Kỳ báo cáo", "Giá trị", "Mã điểm", "Mã điểm ngoài", "Mã mô hình", "Mã xã", "Mã tỉnh"). \
      `dryRun=true` kiểm tra và cho biết sẽ thay đổi gì mà không ghi. `mode=atomic` (mặc định): có dòng lỗi thì không ghi gì (422); \
      `mode=partial`: ghi các dòng đúng, báo các dòng sai. Mỗi lỗi nêu số dòng (từ 1, không tính tiêu đề), cột, giá trị và lý do. \
      Tệp hơn 20.000 dòng (hoặc `async=true`) chạy nền: 202 kèm Location tới trạng thái. Cũng nhận biểu mẫu multipart với phần `file`.       Các loại và cột:       `outcomes` (indicatorCode, period, value, pointId, pointExternalId, modelCode, communeCode, provinceCode);       `communes` (code, name, fullName, type, provinceCode, border, hotspot, ethnicMinority);       `models` (code, name, description, categoryCode, provinceCode, communeCode, leadOrganisation, startedOn, recognitionLevel,       recognizedOn, recognitionDecision, status, statusReason, statusSince);       `replication-points` (id, externalId, modelCode, communeCode, placeType, placeName, establishedOn, status, statusSince, teamCount,       memberCount, coreMemberCount, leaderName, leaderPhone, latitude, longitude);       `legacy-units` (level, code, name, full_name, parent_code, province_code);       `legacy-successors` (old_code, new_code hoặc old_province_code, new_province_code).       Mã tỉnh, xã cũ (trước 2025) được chấp nhận khi có đúng một đơn vị kế thừa.""")
  @RequestBody(ref = "ImportFile")
  @APIResponse(
      responseCode = "200",
      description = "Đã nhập (hoặc kết quả chạy thử)",
      content = @Content(schema = @Schema(implementation = ImportResult.class)))
  @APIResponse(
      responseCode = "202",
      description =
          "Tệp lớn (hơn 20.000 dòng) hoặc async=true: chạy nền; Location trỏ tới /api/v1/imports/{id}",
      content = @Content(schema = @Schema(implementation = ImportJobDto.class)))
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(
      responseCode = "422",
      description =
          "Chế độ atomic và có dòng lỗi: không ghi gì; tài liệu lỗi kèm số liệu và các dòng lỗi",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "ImportRejection")))
  public Response upload(
      @BeanParam ImportParams.Direct params,
      @HeaderParam("Content-Type") String contentType,
      InputStream body,
      UriInfo uri)
      throws Exception {
    Options options = options(params, params.async);
    return handle(params.kind, options, service.spool(body, contentType), uri);
  }

  /**
   * A background import by its own operation, so that a generated client reads the 202's job (one
   * success shape per operation).
   */
  @POST
  @Path("{kind}/jobs")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "startImportJob",
      summary = "Nhập một tệp, chạy nền",
      description =
          "Như `importFile` (cùng nội dung, cột và tham số) nhưng luôn chạy nền: 202 kèm Location tới `/api/v1/imports/{id}`; "
              + "theo dõi bằng `getImportJob` đến khi DONE (kết quả trong `result`) hoặc FAILED.")
  @RequestBody(ref = "ImportFile")
  @APIResponse(
      responseCode = "202",
      description = "Đã nhận; Location trỏ tới trạng thái",
      content = @Content(schema = @Schema(implementation = ImportJobDto.class)))
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  public Response startJob(
      @BeanParam ImportParams params,
      @HeaderParam("Content-Type") String contentType,
      InputStream body,
      UriInfo uri)
      throws Exception {
    return handle(params.kind, options(params, "true"), service.spool(body, contentType), uri);
  }

  /** The same, as a form upload (`curl -F file=@ket-qua.xlsx`): the `file` part is the file. */
  @POST
  @Path("{kind}")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Response form(
      @BeanParam ImportParams.Direct params,
      @RestForm(FileUpload.ALL) List<FileUpload> files,
      UriInfo uri)
      throws Exception {
    return handleForm(params.kind, options(params, params.async), files, uri);
  }

  @POST
  @Path("{kind}/jobs")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Response formJob(
      @BeanParam ImportParams params, @RestForm(FileUpload.ALL) List<FileUpload> files, UriInfo uri)
      throws Exception {
    return handleForm(params.kind, options(params, "true"), files, uri);
  }

  private Response handleForm(String kind, Options options, List<FileUpload> files, UriInfo uri)
      throws Exception {
    List<FileUpload> named =
        files == null ? List.of() : files.stream().filter(f -> "file".equals(f.name())).toList();
    if (named.isEmpty()) {
      throw ProblemException.badRequest(
          "file", "Thiếu phần 'file' trong biểu mẫu (multipart part 'file' is required)");
    }
    if (files.size() > 1) {
      throw ProblemException.badRequest(
          "file",
          "Biểu mẫu có "
              + files.size()
              + " tệp; hãy gửi đúng một tệp trong phần 'file' "
              + "(exactly one file part)");
    }
    FileUpload file = named.get(0);
    try (InputStream body = Files.newInputStream(file.uploadedFile())) {
      return handle(
          kind, options, service.spool(body, contentType(file)).named(fileName(file)), uri);
    }
  }

  /** The name the form gave the file, without any folder, clipped to what provenance keeps. */
  private static String fileName(FileUpload file) {
    String name = file.fileName();
    if (name == null || name.isBlank()) {
      return null;
    }
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    return name.isEmpty() ? null : name.length() > 255 ? name.substring(0, 255) : name;
  }

  /**
   * curl sends form parts as application/octet-stream unless told: the file's extension says what
   * it is.
   */
  private static String contentType(FileUpload file) {
    String declared = file.contentType();
    if (declared != null && !declared.startsWith("application/octet-stream")) {
      return declared;
    }
    String name = file.fileName() == null ? "" : file.fileName().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".xlsx")
        ? RowSources.XLSX
        : name.endsWith(".json") ? MediaType.APPLICATION_JSON : "text/csv";
  }

  private record Options(boolean dryRun, ImportMode mode, boolean background, Actor actor) {}

  private Options options(ImportParams params, String async) {
    boolean dry = Boolean.TRUE.equals(QueryValues.bool("dryRun", params.dryRun));
    boolean background = Boolean.TRUE.equals(QueryValues.bool("async", async));
    ImportMode importMode =
        params.mode == null || params.mode.isBlank()
            ? ImportMode.ATOMIC
            : QueryValues.enumValue(ImportMode.class, "mode", params.mode);
    service.requireKind(params.kind);
    return new Options(dry, importMode, background, access.actor());
  }

  private Response handle(String kind, Options options, ImportService.Upload upload, UriInfo uri)
      throws Exception {
    boolean dry = options.dryRun();
    boolean background = options.background();
    ImportMode importMode = options.mode();
    Actor actor = options.actor();
    if (background || upload.estimatedRows() > tuning.backgroundRows()) {
      ImportJobDto job = jobs.queue(kind, upload, dry, importMode, actor);
      jobs.start(job.id(), kind, upload, dry, importMode, actor);
      return Response.accepted(job)
          .location(URI.create("/api/v1/imports/" + job.id()))
          .type(MediaType.APPLICATION_JSON)
          .build();
    }
    ImportResult result;
    try {
      result = service.run(kind, upload, dry, importMode, processed -> {});
    } finally {
      Files.deleteIfExists(upload.file());
    }
    if (!dry && "ERROR".equals(result.status())) {
      throw ImportRejection.of(result);
    }
    return Response.ok(result, MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getImportJob",
      summary = "Trạng thái một lần nhập chạy nền",
      description =
          "QUEUED, RUNNING (với `processed`/`total`), DONE (với `result`) hoặc FAILED (với `error`). Người gửi và quản trị viên trung ương xem được.")
  @APIResponse(
      responseCode = "200",
      description = "Trạng thái",
      content = @Content(schema = @Schema(implementation = ImportJobDto.class)))
  public ImportJobDto job(@PathParam("id") String path) {
    // Any id names a job or nothing: 404, not the 405 of the import path that "{kind}" would match.
    long id = vn.antq.registry.common.QueryValues.pathId("lần nhập", path);
    ImportJob job = jobs.find(id);
    Actor actor = access.actor();
    if (job == null || !actor.isAdmin() && !job.username.equals(actor.username())) {
      throw ProblemException.notFound("lần nhập", id);
    }
    return ImportJobDto.from(job);
  }

  /**
   * The file cannot be read at all: 400 (413 past a limit) naming the row and column where reading
   * stopped.
   */
  @ServerExceptionMapper
  public Response unreadable(ImportFormatException e, UriInfo uri) {
    String field =
        e.row > 0
            ? "row " + e.row + (e.column != null ? ", " + e.column : "")
            : e.column != null ? e.column : "file";
    ProblemType type = e.status == 413 ? ProblemType.CONTENT_TOO_LARGE : ProblemType.VALIDATION;
    return ProblemMappers.problem(
        type, e.status, e.getMessage(), List.of(new FieldError(field, e.getMessage())), uri);
  }

  /**
   * A multipart body the form parser cannot finish (truncated, a boundary that never comes) reaches
   * the resource as an I/O error before the method runs: the client's body is broken, so 400, not
   * 500.
   */
  @ServerExceptionMapper({IOException.class, UncheckedIOException.class})
  public Response brokenBody(Exception e, UriInfo uri) {
    Throwable cause =
        e instanceof UncheckedIOException unchecked && unchecked.getCause() != null
            ? unchecked.getCause()
            : e;
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    if (!message.toLowerCase(java.util.Locale.ROOT).contains("multipart")) {
      return new ProblemMappers().unexpected(e, uri);
    }
    String detail =
        "Biểu mẫu multipart không đọc được (thiếu ranh giới kết thúc, sai boundary hoặc bị cắt ngang); "
            + "hãy gửi lại với phần 'file' (malformed multipart body)";
    return ProblemMappers.problem(
        ProblemType.BAD_REQUEST, 400, detail, List.of(new FieldError("file", detail)), uri);
  }
}

package vn.antq.registry.common;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging and sorting query parameters shared by every list endpoint. Read as text and checked here:
 * JAX-RS would answer `page=abc` with 404, a client deserves a 400 naming the parameter.
 */
public class PageParams {

  public static final int MAX_SIZE = 500;
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_PAGE = 1_000_000;

  @QueryParam("page")
  @Parameter(
      description = "Số trang, bắt đầu từ 0",
      schema =
          @Schema(
              type = SchemaType.INTEGER,
              minimum = "0",
              maximum = "1000000",
              defaultValue = "0"))
  public String page;

  @QueryParam("size")
  @Parameter(
      description = "Số bản ghi mỗi trang, 1..500",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
  public String size;

  @QueryParam("sort")
  @Parameter(
      description =
          "Sắp xếp: tên trường, thêm '-' phía trước để giảm dần, nhiều trường cách nhau bởi dấu phẩy (vd. `name` hoặc `-code`)")
  public String sort;

  /** The page and size, checked together so that one answer names every bad parameter. */
  public record Checked(int page, int size) {}

  public Checked check() {
    List<FieldError> errors = new ArrayList<>();
    int p =
        parse(
            "page",
            page,
            0,
            0,
            MAX_PAGE,
            "page phải từ 0 đến " + MAX_PAGE + " (page must be 0.." + MAX_PAGE + ")",
            errors);
    int s =
        parse(
            "size",
            size,
            DEFAULT_SIZE,
            1,
            MAX_SIZE,
            "size phải từ 1 đến " + MAX_SIZE + " (size must be 1.." + MAX_SIZE + ")",
            errors);
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.VALIDATION,
          errors.size() == 1
              ? errors.get(0).field() + ": " + errors.get(0).message()
              : errors.size() + " tham số không hợp lệ (" + errors.size() + " invalid parameters)",
          errors);
    }
    return new Checked(p, s);
  }

  private static int parse(
      String field,
      String value,
      int fallback,
      int min,
      int max,
      String message,
      List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    Long number = Inputs.integer(value.strip());
    if (number != null && number >= min && number <= max) {
      return number.intValue();
    }
    errors.add(new FieldError(field, message));
    return fallback;
  }

  public static PageParams of(int page, int size, String sort) {
    PageParams params = new PageParams();
    params.page = Integer.toString(page);
    params.size = Integer.toString(size);
    params.sort = sort;
    return params;
  }
}

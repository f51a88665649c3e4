package vn.antq.registry.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging and sorting query parameters shared by every list endpoint. */
public class PageParams {

  public static final int MAX_SIZE = 500;

  @QueryParam("page")
  @DefaultValue("0")
  @Min(value = 0, message = "page phải ≥ 0 (page must be ≥ 0)")
  @Max(value = 1_000_000, message = "page tối đa 1000000 (page must be ≤ 1000000)")
  @Parameter(description = "Số trang, bắt đầu từ 0")
  public int page;

  @QueryParam("size")
  @DefaultValue("50")
  @Min(value = 1, message = "size phải từ 1 đến 500 (size must be 1..500)")
  @Max(value = MAX_SIZE, message = "size phải từ 1 đến 500 (size must be 1..500)")
  @Parameter(description = "Số bản ghi mỗi trang, 1..500")
  public int size;

  @QueryParam("sort")
  @Parameter(description = "Sắp xếp: tên trường, thêm '-' phía trước để giảm dần, nhiều trường cách nhau bởi dấu phẩy (vd. `name` hoặc `-code`)")
  public String sort;

  public static PageParams of(int page, int size, String sort) {
    PageParams params = new PageParams();
    params.page = page;
    params.size = size;
    params.sort = sort;
    return params;
  }
}

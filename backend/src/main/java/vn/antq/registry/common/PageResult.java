package vn.antq.registry.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The envelope of every list: one page of items and the total across all pages. */
public record PageResult<T>(
    List<T> items,
    @Schema(description = "Số trang (từ 0)", example = "0") int page,
    @Schema(description = "Số bản ghi mỗi trang (tối đa 500)", example = "50") int size,
    @Schema(description = "Tổng số bản ghi khớp bộ lọc", example = "34") long total) {

  public <R> PageResult<R> map(Function<T, R> mapper) {
    return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
  }
}

package vn.antq.registry.summary;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.antq.registry.outcome.Period;

/**
 * The {@code period} query parameter of the summary endpoints, declared once for each meaning an
 * absent period has. The schema says string: the document would otherwise describe {@link Period}'s
 * fields, while the query carries its text ("2024", "2024S1").
 */
public final class PeriodParams {

  private PeriodParams() {}

  /** A picture that also sums results: without a period, the counts of today and every result. */
  public static class WithResults {
    @QueryParam("period")
    @Parameter(
        description = "Kỳ báo cáo; bỏ trống: hiện tại, kết quả mọi kỳ",
        example = "2024",
        schema = @Schema(type = SchemaType.STRING))
    public Period period;
  }

  /** A picture of counts only: without a period, those of today. */
  public static class Counts {
    @QueryParam("period")
    @Parameter(
        description = "Kỳ báo cáo; bỏ trống: hiện tại",
        example = "2024",
        schema = @Schema(type = SchemaType.STRING))
    public Period period;
  }
}

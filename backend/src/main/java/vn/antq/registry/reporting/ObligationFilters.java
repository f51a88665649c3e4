package vn.antq.registry.reporting;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.QueryValues;

/** The filters of the obligation list, read as text so that a bad value is a 400 naming it. */
public class ObligationFilters {

  @QueryParam("frequency")
  @Parameter(description = "Tần suất", schema = @Schema(implementation = Frequency.class))
  public String frequency;

  @QueryParam("reporterLevel")
  @Parameter(description = "Cấp báo cáo", schema = @Schema(implementation = ReporterLevel.class))
  public String reporterLevel;

  @QueryParam("activeOn")
  @Parameter(
      description = "Chỉ nghĩa vụ còn hiệu lực vào ngày này (validFrom ≤ ngày ≤ validTo)",
      example = "2024-06-30")
  public String activeOn;

  ReportingObligationService.Filter filter() {
    return new ReportingObligationService.Filter(
        QueryValues.enumValue(Frequency.class, "frequency", frequency),
        QueryValues.enumValue(ReporterLevel.class, "reporterLevel", reporterLevel),
        day("activeOn", activeOn));
  }

  private static LocalDate day(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest(
          field, "'" + Inputs.clip(value) + "' không phải ngày dạng 2024-06-30 (invalid date)");
    }
  }
}

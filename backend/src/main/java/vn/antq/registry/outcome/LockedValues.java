package vn.antq.registry.outcome;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.antq.registry.common.Bilingual;
import vn.antq.registry.common.FieldError;
import vn.antq.registry.common.ProblemExtension;

/**
 * What the 409 of a write to locked values carries: each locked value with the report that locks
 * it, so a script can tell whom to ask. Field errors name the values as the 422 of a batch does.
 */
@Schema(name = "LockedValues")
public record LockedValues(List<LockedValue> locks, List<FieldError> errors)
    implements ProblemExtension {

  /** One locked value: its place in the batch, the report and its approval. */
  public record LockedValue(
      @Schema(description = "Vị trí trong `values` của lô") int index,
      String indicatorCode,
      String period,
      String obligationCode,
      String reportPeriod,
      String unitType,
      String unit,
      String approvedBy,
      Instant approvedAt,
      String reopenBy,
      String message) {}

  @Override
  public LockedValues in(Bilingual.Language language) {
    return new LockedValues(
        locks.stream()
            .map(
                l ->
                    new LockedValue(
                        l.index(),
                        l.indicatorCode(),
                        l.period(),
                        l.obligationCode(),
                        l.reportPeriod(),
                        l.unitType(),
                        l.unit(),
                        l.approvedBy(),
                        l.approvedAt(),
                        l.reopenBy(),
                        Bilingual.parse(l.message()).in(language)))
            .toList(),
        errors == null ? null : errors.stream().map(e -> e.in(language)).toList());
  }
}

package vn.antq.registry.outcome;

import java.util.List;
import vn.antq.registry.common.Bilingual;
import vn.antq.registry.common.FieldError;
import vn.antq.registry.common.ProblemExtension;

/**
 * What the 422 of a refused batch carries beyond the problem's members: the counters and every
 * conflict (schema OutcomeBatchRejection in META-INF/openapi.yaml). Its field errors mirror the
 * conflicts one for one, so they travel with them, as complete as they are.
 */
public record OutcomeBatchRejection(
    int created,
    int updated,
    int unchanged,
    int rejected,
    List<OutcomeConflict> conflicts,
    List<FieldError> errors)
    implements ProblemExtension {

  static OutcomeBatchRejection of(OutcomeBatchResult result) {
    var errors =
        result.conflicts().stream()
            .map(
                c ->
                    new FieldError(
                        "values["
                            + c.index()
                            + "]"
                            + ("values".equals(c.field()) ? "" : "." + c.field()),
                        c.message()))
            .toList();
    return new OutcomeBatchRejection(
        result.created(),
        result.updated(),
        result.unchanged(),
        result.rejected(),
        result.conflicts(),
        errors);
  }

  @Override
  public OutcomeBatchRejection in(Bilingual.Language language) {
    return new OutcomeBatchRejection(
        created,
        updated,
        unchanged,
        rejected,
        conflicts == null
            ? null
            : conflicts.stream()
                .map(
                    c ->
                        new OutcomeConflict(
                            c.index(),
                            c.field(),
                            c.value(),
                            Bilingual.parse(c.message()).in(language)))
                .toList(),
        errors == null ? null : errors.stream().map(e -> e.in(language)).toList());
  }
}

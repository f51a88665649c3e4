package vn.antq.registry.outlier;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.antq.registry.audit.AuditAction;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.ProblemType;
import vn.antq.registry.common.Where;
import vn.antq.registry.outcome.Outcome;
import vn.antq.registry.outcome.OutcomeRepository;
import vn.antq.registry.security.Access;

/**
 * Marks for follow-up: set and cleared by those who may write the value's unit (the same rule as
 * writing the value), each change audited with its comment under the value's province.
 */
@ApplicationScoped
public class FollowUpService {

  static final String ENTITY = "follow-up";

  @Inject Access access;
  @Inject AuditLog audit;
  @Inject FollowUpRepository marks;
  @Inject OutcomeRepository outcomes;

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<FollowUpDto> list(String provinceCode, String communeCode, PageParams paging) {
    PageResult<FollowUp> page =
        new Where()
            .eq("provinceCode", "province", provinceCode)
            .eq("communeCode", "commune", communeCode)
            .page(
                marks,
                Sort.descending("markedAt").and("outcomeId", Sort.Direction.Descending),
                paging);
    Map<Long, Outcome> values =
        outcomes.byIds(page.items().stream().map(m -> m.outcomeId).toList()).stream()
            .collect(Collectors.toMap(o -> o.id, Function.identity()));
    return page.map(mark -> FollowUpDto.from(mark, values.get(mark.outcomeId)));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public FollowUpDto get(long outcomeId) {
    FollowUp mark = marks.findById(outcomeId);
    if (mark == null) {
      throw notMarked(outcomeId);
    }
    return FollowUpDto.from(mark, outcomes.findById(outcomeId));
  }

  @Transactional
  public FollowUpDto mark(FollowUpInput input) {
    Outcome value = outcomes.findById(input.outcomeId());
    if (value == null) {
      throw ProblemException.unprocessable(
          "outcomeId",
          "Không có giá trị kết quả "
              + input.outcomeId()
              + " (unknown outcome "
              + input.outcomeId()
              + ")");
    }
    requireWriter(value);
    if (marks.findById(value.id) != null) {
      throw ProblemException.conflict(
          "Giá trị "
              + value.id
              + " đã được đánh dấu cần theo dõi; bỏ đánh dấu trước khi đánh dấu lại (already"
              + " marked for follow-up)");
    }
    FollowUp mark = new FollowUp();
    mark.outcomeId = value.id;
    mark.comment = input.comment().strip();
    mark.markedBy = access.actor().username();
    // Stored to the millisecond: the answer shows what a later read shows.
    mark.markedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    mark.provinceCode = value.provinceCode;
    mark.communeCode = value.communeCode;
    marks.persistAndFlush(mark);
    FollowUpDto created = FollowUpDto.from(mark, value);
    audit.record(
        ENTITY, value.id, AuditAction.CREATE, null, created, value.provinceCode, value.communeCode);
    return created;
  }

  @Transactional
  public void clear(long outcomeId) {
    FollowUp mark = marks.findById(outcomeId);
    Outcome value = mark == null ? null : outcomes.findById(outcomeId);
    if (mark == null || value == null) {
      throw notMarked(outcomeId);
    }
    requireWriter(value);
    FollowUpDto before = FollowUpDto.from(mark, value);
    marks.delete(mark);
    audit.record(
        ENTITY, outcomeId, AuditAction.DELETE, before, null, value.provinceCode, value.communeCode);
  }

  /** Who may write the value may mark it: OutcomeService's rule for the unit types. */
  private void requireWriter(Outcome value) {
    switch (value.unitType) {
      case POINT, MODEL_COMMUNE, COMMUNE ->
          access.requireCommune(value.communeCode, value.provinceCode);
      case MODEL_PROVINCE, PROVINCE -> access.requireProvince(value.provinceCode);
    }
  }

  private static ProblemException notMarked(long outcomeId) {
    return new ProblemException(
        ProblemType.NOT_FOUND,
        "Giá trị "
            + outcomeId
            + " không được đánh dấu cần theo dõi (outcome "
            + outcomeId
            + " is not marked for follow-up)",
        null);
  }

  /** For the outlier list: the marks of its values. */
  Map<Long, FollowUp> of(List<Long> outcomeIds) {
    return marks.of(outcomeIds);
  }
}

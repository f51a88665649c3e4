package vn.antq.registry.outcome;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "OutcomeBatch",
    description = "Một lô giá trị kết quả; hoặc tất cả được ghi, hoặc không giá trị nào")
public record OutcomeBatch(List<OutcomeValue> values) {}

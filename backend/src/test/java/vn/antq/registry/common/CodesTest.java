package vn.antq.registry.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodesTest {

  @Test
  void aNewCodeMustBeGivenAndFree() {
    assertThatThrownBy(
            () -> Codes.requireNew(null, "Thiếu mã (code is required)", "xã", c -> false))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type).isEqualTo(ProblemType.VALIDATION);
              assertThat(e.getMessage()).isEqualTo("Thiếu mã (code is required)");
              assertThat(e.errors).extracting(FieldError::field).containsExactly("code");
            });
    assertThatThrownBy(() -> Codes.requireNew("01", "Thiếu mã", "xã", "01"::equals))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type).isEqualTo(ProblemType.CONFLICT);
              assertThat(e.getMessage()).isEqualTo("Đã có xã mã '01' (already exists)");
            });
    Codes.requireNew("02", "Thiếu mã", "xã", "01"::equals);
  }

  @Test
  void anUpdateMayRepeatItsCodeButNotChangeIt() {
    Codes.requireUnchanged(null, "01", "no");
    Codes.requireUnchanged("01", "01", "no");
    assertThatThrownBy(() -> Codes.requireUnchanged("02", "01", "Mã không đổi được"))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.type).isEqualTo(ProblemType.UNPROCESSABLE));
  }
}

package vn.antq.registry.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message is written "Vietnamese (English)"; Accept-Language picks one half, so each half
 * must stand alone.
 */
class BilingualTest {

  @Test
  void splitsTheLastBalancedGroup() {
    assertThat(Bilingual.parse("Tên không được để trống (name is required)"))
        .isEqualTo(new Bilingual("Tên không được để trống", "name is required"));
    assertThat(Bilingual.parse("Mã gồm chữ in hoa, số, '_' (2–40 ký tự) (A-Z, 0-9, _)"))
        .isEqualTo(new Bilingual("Mã gồm chữ in hoa, số, '_' (2–40 ký tự)", "A-Z, 0-9, _"));
    assertThat(Bilingual.parse("Giá trị 'a' không đúng kiểu (invalid value 'a' (see docs))").en())
        .isEqualTo("invalid value 'a' (see docs)");
    assertThat(Bilingual.parse("no English part").en()).isEqualTo("no English part");
    assertThat(Bilingual.parse("(only a group)").vi()).isEqualTo("(only a group)");
    assertThat(Bilingual.parse("unbalanced)").en()).isEqualTo("unbalanced)");
    assertThat(new Bilingual("vi", "en").in(Bilingual.Language.BOTH)).isEqualTo("vi (en)");
  }

  @Test
  void echoedValuesCannotFakeTheEnglishPart() {
    String value = "x) (injected";
    String message = "'" + Inputs.clip(value) + "' không phải số nguyên (expected an integer)";
    assertThat(Bilingual.parse(message).en()).isEqualTo("expected an integer");
    assertThat(Inputs.clip("y".repeat(500))).hasSize(Inputs.ECHO_LIMIT + 1).endsWith("…");
    assertThat(Inputs.clip("a\u0000b")).isEqualTo("a?b");
  }

  /**
   * A message literal ends with its English group; the Vietnamese half has letters, the English
   * half none of Vietnamese's.
   */
  @Test
  void everyMessageInTheSourcesHasBothHalves() throws IOException {
    Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*\\))\"");
    Pattern vietnamese =
        Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
            Pattern.CASE_INSENSITIVE);
    List<String> bad = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(file)) {
          if (!line.contains("message")
              && !line.contains("Exception")
              && !line.contains("FieldError")
              && !line.contains("Conflict")
              && !line.contains("badRequest")
              && !line.contains("unprocessable")
              && !line.contains("conflict(")) {
            continue;
          }
          Matcher m = literal.matcher(line);
          while (m.find()) {
            String text = m.group(1);
            // Only whole messages: a Vietnamese sentence, then its English group.
            if (!vietnamese.matcher(text).find() || !text.contains(" (")) {
              continue;
            }
            checked++;
            Bilingual split = Bilingual.parse(text);
            if (split.vi().equals(split.en())
                || vietnamese.matcher(split.en()).find()
                || !vietnamese.matcher(split.vi()).find()) {
              bad.add(file.getFileName() + ": " + text);
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(50);
    assertThat(bad).isEmpty();
  }
}

package vn.antq.registry.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * Every formula trigger is neutralised in text cells of both exports; numbers, negative ones too,
 * stay numbers.
 */
class FormulaTextTest {

  private static final List<String> DANGEROUS =
      List.of("=1+2", "+1", "-x", "@SUM(A1)", "\tTAB", "\rCR");

  @Test
  void neutralisesEveryTriggerAndRestoresExactlyWhatItNeutralised() {
    for (String text : DANGEROUS) {
      assertThat(FormulaText.neutralise(text)).isEqualTo("'" + text);
      assertThat(FormulaText.restore(FormulaText.neutralise(text))).isEqualTo(text);
    }
    assertThat(FormulaText.neutralise("Mường So")).isEqualTo("Mường So");
    assertThat(FormulaText.restore("'quoted"))
        .as("an apostrophe before ordinary text is the text's own")
        .isEqualTo("'quoted");
    assertThat(FormulaText.restore("'")).isEqualTo("'");
  }

  @Test
  void csvExportNeutralisesTextButWritesNumbersAsNumbers() throws Exception {
    String csv = new String(export(MediaType.WILDCARD), StandardCharsets.UTF_8);
    for (String text : DANGEROUS) {
      assertThat(csv).contains("'" + text.charAt(0));
    }
    assertThat(csv).contains(",-5,-1.5\n").doesNotContain("'-5").doesNotContain("'-1.5");
  }

  @Test
  void xlsxExportNeutralisesTextButWritesNumbersAsNumbers() throws Exception {
    List<Row> rows = new ArrayList<>();
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(export(ListExport.XLSX)))) {
      workbook.getFirstSheet().openStream().skip(1).forEach(rows::add);
    }
    assertThat(rows).hasSize(DANGEROUS.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).getCellText(0)).isEqualTo("'" + DANGEROUS.get(i));
      assertThat(rows.get(i).getCell(1).getType()).isEqualTo(CellType.NUMBER);
      assertThat(rows.get(i).getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("-5");
      assertThat(rows.get(i).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("-1.5");
    }
  }

  private static byte[] export(String accept) throws Exception {
    HttpHeaders headers =
        (HttpHeaders)
            Proxy.newProxyInstance(
                HttpHeaders.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class},
                (proxy, method, args) ->
                    method.getName().equals("getAcceptableMediaTypes")
                        ? List.of(MediaType.valueOf(accept))
                        : null);
    var response =
        ListExport.<String>response(
            headers,
            "test",
            List.of("name", "count", "value"),
            page -> page == 0 ? DANGEROUS : List.of(),
            text -> Arrays.asList(text, -5, new BigDecimal("-1.50")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ((StreamingOutput) response.getEntity()).write(out);
    return out.toByteArray();
  }
}

package vn.antq.registry.common;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * A list as CSV with the import's columns, so that export → edit in Excel → import round-trips.
 * UTF-8 with a BOM (Excel then reads Vietnamese correctly), streamed a page at a time.
 */
public final class CsvExport {

  public static final String TEXT_CSV = "text/csv";
  /** CSV only when asked for: a client that accepts anything (Accept: * / *) gets JSON. */
  public static final String TEXT_CSV_LOW = "text/csv;qs=0.5";
  public static final int PAGE = PageParams.MAX_SIZE;

  private CsvExport() {
  }

  /**
   * @param pages page index → rows (the list's own query, same filters and order); an empty or short page ends the file
   */
  public static <T> Response response(String filename, List<String> header, IntFunction<List<T>> pages, Function<T, List<Object>> cells) {
    StreamingOutput body = out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      writer.write('\uFEFF');
      CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
      csv.writeRecord(header);
      for (int page = 0; ; page++) {
        List<T> rows = pages.apply(page);
        for (T row : rows) {
          List<String> values = new ArrayList<>(header.size());
          for (Object cell : cells.apply(row)) {
            values.add(cell == null ? "" : cell instanceof java.math.BigDecimal number ? number.stripTrailingZeros().toPlainString() : cell.toString());
          }
          csv.writeRecord(values);
        }
        if (rows.size() < PAGE) {
          break;
        }
      }
      csv.flush();
      writer.flush();
    };
    return Response.ok(body, TEXT_CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .build();
  }
}

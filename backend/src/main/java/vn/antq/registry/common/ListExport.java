package vn.antq.registry.common;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A list as CSV or XLSX with the import's columns, so that export → edit in Excel → import
 * round-trips. CSV is UTF-8 with a BOM (Excel then reads Vietnamese correctly); both are streamed a
 * page at a time. Text that Excel would take for a formula is neutralised ({@link FormulaText}).
 */
public final class ListExport {

  public static final String TEXT_CSV = "text/csv";

  /** CSV only when asked for: a client that accepts anything (Accept: * / *) gets JSON. */
  public static final String TEXT_CSV_LOW = "text/csv;qs=0.5";

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String XLSX_LOW = XLSX + ";qs=0.5";
  public static final int PAGE = PageParams.MAX_SIZE;

  private ListExport() {}

  /**
   * The whole filtered list, read through the list endpoint's own query a full page at a time in
   * the order {@code sort} asks, so the file holds what the pages would.
   *
   * @param columns the import's columns, read from each row's record
   * @param list the list endpoint's query with its filters bound
   */
  public static <T extends Record> Response response(
      jakarta.ws.rs.core.HttpHeaders request,
      String name,
      RecordColumns<T> columns,
      String sort,
      Function<PageParams, PageResult<T>> list) {
    return response(
        request, name, columns, page -> list.apply(PageParams.of(page, PAGE, sort)).items());
  }

  /**
   * @param columns the import's columns, read from each row's record
   * @param pages page index → rows (the list's own query, same filters and order); an empty or
   *     short page ends the file
   */
  public static <T extends Record> Response response(
      jakarta.ws.rs.core.HttpHeaders request,
      String name,
      RecordColumns<T> columns,
      IntFunction<List<T>> pages) {
    return response(request, name, columns.header(), pages, columns.cells());
  }

  /**
   * @param pages page index → rows (the list's own query, same filters and order); an empty or
   *     short page ends the file
   */
  public static <T> Response response(
      jakarta.ws.rs.core.HttpHeaders request,
      String name,
      List<String> header,
      IntFunction<List<T>> pages,
      Function<T, List<Object>> cells) {
    jakarta.ws.rs.core.MediaType spreadsheet = jakarta.ws.rs.core.MediaType.valueOf(XLSX);
    boolean xlsx =
        request.getAcceptableMediaTypes().stream()
            .anyMatch(
                type ->
                    !type.isWildcardType()
                        && !type.isWildcardSubtype()
                        && type.isCompatible(spreadsheet));
    return xlsx
        ? attachment(xlsx(header, pages, cells), XLSX, name + ".xlsx")
        : attachment(csv(header, pages, cells), TEXT_CSV + "; charset=UTF-8", name + ".csv");
  }

  private static Response attachment(StreamingOutput body, String type, String filename) {
    return Response.ok(body, type)
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .build();
  }

  /** Writes one row of the export; {@code index} counts the rows from 0. */
  private interface RowWriter<T> {
    void write(T row, int index) throws IOException;
  }

  /** Every row, page after page, up to an empty or short page. */
  private static <T> void eachRow(IntFunction<List<T>> pages, RowWriter<T> writer)
      throws IOException {
    int index = 0;
    for (int page = 0; ; page++) {
      List<T> rows = pages.apply(page);
      for (T row : rows) {
        writer.write(row, index++);
      }
      if (rows.size() < PAGE) {
        return;
      }
    }
  }

  /**
   * Excel, first sheet, header in row 1: what the importer reads. Numbers stay numbers, codes stay
   * text.
   */
  private static <T> StreamingOutput xlsx(
      List<String> header, IntFunction<List<T>> pages, Function<T, List<Object>> cells) {
    return out -> {
      org.dhatim.fastexcel.Workbook workbook =
          new org.dhatim.fastexcel.Workbook(out, "ANTQ", "1.0");
      org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Dữ liệu");
      for (int c = 0; c < header.size(); c++) {
        sheet.value(0, c, header.get(c));
        sheet.style(0, c).bold().set();
      }
      eachRow(
          pages,
          (row, index) -> {
            int r = index + 1; // below the header
            List<Object> values = cells.apply(row);
            for (int c = 0; c < values.size(); c++) {
              Object value = values.get(c);
              if (value instanceof Number number) {
                sheet.value(r, c, number);
              } else if (value instanceof Boolean flag) {
                sheet.value(r, c, flag.toString());
              } else if (value != null) {
                sheet.value(r, c, FormulaText.neutralise(value.toString()));
              }
            }
            if ((r + 1) % 1000 == 0) {
              sheet.flush();
            }
          });
      workbook.finish();
    };
  }

  private static <T> StreamingOutput csv(
      List<String> header, IntFunction<List<T>> pages, Function<T, List<Object>> cells) {
    return out -> {
      Writer writer =
          new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      writer.write('\uFEFF');
      CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
      csv.writeRecord(header);
      eachRow(
          pages,
          (row, index) -> {
            List<String> values = new ArrayList<>(header.size());
            for (Object cell : cells.apply(row)) {
              values.add(
                  cell == null
                      ? ""
                      : cell instanceof java.math.BigDecimal number
                          ? number.stripTrailingZeros().toPlainString()
                          : cell instanceof Number || cell instanceof Boolean
                              ? cell.toString()
                              : FormulaText.neutralise(cell.toString()));
            }
            csv.writeRecord(values);
          });
      csv.flush();
      writer.flush();
    };
  }
}

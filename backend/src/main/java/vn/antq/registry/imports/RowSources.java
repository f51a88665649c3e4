package vn.antq.registry.imports;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.InputStream;
import java.util.Locale;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.ProblemType;

/** Opens an uploaded body by its content type. */
final class RowSources {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private RowSources() {}

  static RowSource open(
      String contentType,
      java.nio.file.Path file,
      InputStream body,
      Columns columns,
      JsonFactory json,
      ImportLimits limits) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    int semicolon = type.indexOf(';');
    if (semicolon >= 0) {
      if (type.contains("charset=")
          && !type.contains("charset=utf-8")
          && !type.contains("charset=\"utf-8\"")) {
        throw new ImportFormatException(
            "Chỉ nhận tệp UTF-8; Content-Type khai báo "
                + Excerpt.of(contentType.substring(semicolon + 1).strip())
                + " (only UTF-8 is accepted)");
      }
      type = type.substring(0, semicolon).strip();
    }
    return switch (type) {
      case "text/csv", "application/csv", "text/plain" -> new CsvRows(body, columns, limits);
      case "application/json" -> new JsonRows(body, json, columns, limits);
      case XLSX -> new XlsxRows(file, columns, limits);
      default ->
          throw new ProblemException(
              ProblemType.UNSUPPORTED_MEDIA_TYPE,
              "Định dạng '"
                  + Excerpt.of(contentType)
                  + "' không được hỗ trợ; "
                  + "gửi text/csv (UTF-8, dấu phẩy hoặc chấm phẩy), application/json hoặc "
                  + XLSX
                  + " (unsupported content type)",
              null);
    };
  }
}

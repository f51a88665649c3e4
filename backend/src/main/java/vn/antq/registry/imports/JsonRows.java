package vn.antq.registry.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON rows, streamed: an array of objects, or an object whose "values" or "rows" field is that
 * array (the body of POST /outcomes is accepted as it is). Field names are the column names; each
 * field is a value (string, number, boolean or null). Objects are read field by field, never as a
 * tree, and strings are held to the cell limit by the parser itself ({@link #factory}).
 */
final class JsonRows implements RowSource {

  private final JsonParser parser;
  private final Columns accepted;
  private final ImportLimits limits;
  private final Map<String, String> resolved = new HashMap<>();
  private long number;
  private JsonToken next;
  private String field;

  /** A parser factory whose strings and names stop at the cell limit while they are read. */
  static JsonFactory factory(JsonFactory base, ImportLimits limits) {
    JsonFactory factory = base.copy();
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder()
            .maxStringLength(limits.cellChars())
            .maxNameLength(limits.cellChars())
            .build());
    return factory;
  }

  JsonRows(InputStream body, JsonFactory factory, Columns accepted, ImportLimits limits) {
    this.accepted = accepted;
    this.limits = limits;
    try {
      parser = factory.createParser(body);
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new ImportFormatException("Tệp rỗng (empty file)");
      }
      if (first == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          JsonToken value = parser.nextToken();
          if ((field.equals("values") || field.equals("rows")) && value == JsonToken.START_ARRAY) {
            break;
          }
          parser.skipChildren();
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
          throw new ImportFormatException(
              "JSON cần là một mảng, hoặc đối tượng có trường \"values\" là mảng (expected an array)");
        }
      } else if (first != JsonToken.START_ARRAY) {
        throw new ImportFormatException(
            "JSON cần là một mảng các đối tượng (expected an array of objects)");
      }
      next = parser.nextToken();
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new ImportFormatException(
          "Không đọc được nội dung gửi lên (unreadable body): " + e.getMessage());
    }
  }

  @Override
  public List<String> columns() {
    return accepted.names();
  }

  @Override
  public boolean hasNext() {
    return next == JsonToken.START_OBJECT;
  }

  @Override
  public Row next() {
    number++;
    if (number > limits.rows()) {
      throw ImportFormatException.tooManyRows(limits.rows());
    }
    try {
      Map<String, String> cells = new HashMap<>();
      long chars = 0;
      field = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        field = parser.currentName();
        String column = resolved.computeIfAbsent(field, accepted::name);
        if (cells.containsKey(column)) {
          throw new ImportFormatException(
              "trường '" + Excerpt.of(field) + "' có hai lần (duplicate field)", number, field);
        }
        if (cells.size() == limits.columns()) {
          throw ImportFormatException.tooManyColumns(number, limits.columns());
        }
        String value = value(parser.nextToken());
        chars += value == null ? 0 : value.length();
        if (chars > limits.rowChars()) {
          throw ImportFormatException.rowTooLong(number, limits.rowChars());
        }
        cells.put(column, value);
      }
      field = null;
      next = parser.nextToken();
      if (next != JsonToken.START_OBJECT && next != JsonToken.END_ARRAY) {
        throw new ImportFormatException(
            "Phần tử " + (number + 1) + " không phải đối tượng JSON (expected an object)",
            number + 1,
            null);
      }
      return new Row(number, cells);
    } catch (ImportFormatException e) {
      if (e.status != 400) {
        throw e;
      }
      throw new ImportFormatException("Dòng " + number + ": " + e.getMessage(), number, e.column);
    } catch (StreamConstraintsException e) {
      String what = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      throw what.startsWith("String value length") || what.startsWith("Name length")
          ? ImportFormatException.cellTooLong(number, field, limits.cellChars())
          : malformed(e);
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new ImportFormatException(
          "Không đọc được nội dung gửi lên (unreadable body): " + e.getMessage());
    }
  }

  private String value(JsonToken token) throws IOException {
    return switch (token) {
      case VALUE_NULL -> null;
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDecimalValue().toPlainString();
      case VALUE_STRING, VALUE_TRUE, VALUE_FALSE -> parser.getText();
      default ->
          throw new ImportFormatException(
              "trường '"
                  + Excerpt.of(field)
                  + "' cần một giá trị (chuỗi, số, true/false hoặc null), "
                  + "không phải đối tượng hay mảng (expected a value)",
              number,
              field);
    };
  }

  private ImportFormatException malformed(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return ImportFormatException.tooLarge(
          "JSON vượt giới hạn: " + Excerpt.of(e.getOriginalMessage()) + " (JSON past the limits)",
          number + 1,
          null);
    }
    String where =
        e.getLocation() == null
            ? ""
            : " (dòng "
                + e.getLocation().getLineNr()
                + ", cột "
                + e.getLocation().getColumnNr()
                + ")";
    return new ImportFormatException(
        "JSON không hợp lệ"
            + where
            + ": "
            + Excerpt.of(e.getOriginalMessage())
            + " (malformed JSON)",
        number + 1,
        null);
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // nothing to release beyond the request body
    }
  }
}

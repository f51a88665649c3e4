package vn.antq.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON rows, streamed: an array of objects, or an object whose "values" or "rows" field is that
 * array (the body of POST /outcomes is accepted as it is). Field names are the column names.
 */
final class JsonRows implements RowSource {

  private final JsonParser parser;
  private final ObjectMapper mapper;
  private final Columns accepted;
  private final Map<String, String> resolved = new HashMap<>();
  private long number;
  private JsonToken next;

  JsonRows(InputStream body, ObjectMapper mapper, Columns accepted) {
    this.mapper = mapper;
    this.accepted = accepted;
    try {
      parser = mapper.getFactory().createParser(body);
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
          throw new ImportFormatException("JSON cần là một mảng, hoặc đối tượng có trường \"values\" là mảng (expected an array)");
        }
      } else if (first != JsonToken.START_ARRAY) {
        throw new ImportFormatException("JSON cần là một mảng các đối tượng (expected an array of objects)");
      }
      next = parser.nextToken();
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new ImportFormatException("Không đọc được nội dung gửi lên (unreadable body): " + e.getMessage());
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
    try {
      // One row at a time from the same stream: what follows a row is the next one, not trailing data.
      JsonNode object = mapper.reader().without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
      Map<String, String> cells = new HashMap<>();
      var fields = object.fields();
      while (fields.hasNext()) {
        var field = fields.next();
        String column = resolved.computeIfAbsent(field.getKey(), accepted::name);
        JsonNode value = field.getValue();
        cells.put(column, value.isNull() ? null : value.isNumber() ? value.decimalValue().toPlainString() : value.asText());
      }
      next = parser.nextToken();
      if (next != JsonToken.START_OBJECT && next != JsonToken.END_ARRAY) {
        throw new ImportFormatException("Phần tử " + (number + 1) + " không phải đối tượng JSON (expected an object)", number + 1, null);
      }
      return new Row(number, cells);
    } catch (ImportFormatException e) {
      throw new ImportFormatException("Dòng " + number + ": " + e.getMessage(), number, e.column);
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new ImportFormatException("Không đọc được nội dung gửi lên (unreadable body): " + e.getMessage());
    }
  }

  private ImportFormatException malformed(JsonProcessingException e) {
    String where = e.getLocation() == null ? "" : " (dòng " + e.getLocation().getLineNr() + ", cột " + e.getLocation().getColumnNr() + ")";
    return new ImportFormatException("JSON không hợp lệ" + where + ": " + e.getOriginalMessage() + " (malformed JSON)", number + 1, null);
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

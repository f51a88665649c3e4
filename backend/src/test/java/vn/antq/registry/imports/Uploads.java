package vn.antq.registry.imports;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.antq.registry.support.Tokens;

/**
 * Uploads sent byte for byte (a broken multipart body, a body of tens of megabytes generated as it
 * is sent, never held in the test's memory), and the hostile files the limits must stop.
 */
final class Uploads {

  /** A header the importer of each kind accepts (its required columns). */
  static final Map<String, String> HEADERS = new LinkedHashMap<>();

  static {
    HEADERS.put("communes", "code,name,type,provinceCode");
    HEADERS.put("models", "code,name,categoryCode,provinceCode");
    HEADERS.put("replication-points", "modelCode,communeCode,placeType,placeName");
    HEADERS.put("outcomes", "indicatorCode,period,value");
    HEADERS.put("legacy-units", "level,code,name,fullName,provinceCode");
    HEADERS.put("legacy-successors", "oldCode,newCode");
  }

  static final String XLSX = RowSources.XLSX;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private Uploads() {}

  static HttpResponse<byte[]> post(String kind, String contentType, byte[] body) {
    return post(kind, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
  }

  static HttpResponse<byte[]> post(
      String kind, String contentType, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + "/api/v1/imports/" + kind))
            .header("Authorization", "Bearer " + Tokens.centralAdmin())
            .POST(body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code prefix}, then {@code size} bytes of {@code filler}, then {@code suffix}: made while it
   * is sent.
   */
  static HttpRequest.BodyPublisher generated(String prefix, long size, byte filler, String suffix) {
    return HttpRequest.BodyPublishers.ofInputStream(
        () ->
            new InputStream() {
              private final byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
              private final byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
              private final long total = head.length + size + tail.length;
              private long position;

              @Override
              public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
              }

              @Override
              public int read(byte[] buffer, int offset, int length) {
                if (position >= total) {
                  return -1;
                }
                int n = (int) Math.min(length, total - position);
                for (int i = 0; i < n; i++, position++) {
                  buffer[offset + i] =
                      position < head.length
                          ? head[(int) position]
                          : position < head.length + size
                              ? filler
                              : tail[(int) (position - head.length - size)];
                }
                return n;
              }
            });
  }

  /** A workbook with {@code header} in row 1 and one data row of {@code cells}. */
  static byte[] workbook(String[] header, String... cells) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "antq", "1.0");
      Worksheet sheet = workbook.newWorksheet("Dữ liệu");
      for (int c = 0; c < header.length; c++) {
        sheet.value(0, c, header[c]);
      }
      for (int c = 0; c < cells.length; c++) {
        sheet.value(1, c, cells[c]);
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A valid workbook whose one data cell inflates to {@code cellBytes} bytes of 'A', while its
   * central directory declares that part to be 1 KiB: the lie that passed a check of declared
   * sizes. The cell is deflated as it is written, so the file is small (about a thousandth of the
   * cell) and the test never holds the cell.
   */
  static byte[] lyingWorkbook(String[] header, long cellBytes) throws IOException {
    String placeholder = "PLACEHOLDER-CELL";
    String[] row = new String[header.length];
    java.util.Arrays.fill(row, "x");
    row[0] = placeholder;
    java.nio.file.Path plain = java.nio.file.Files.createTempFile("antq-test-", ".xlsx");
    ByteArrayOutputStream lying = new ByteArrayOutputStream();
    String expanded = null;
    try {
      java.nio.file.Files.write(plain, workbook(header, row));
      try (ZipFile zip = new ZipFile(plain.toFile());
          ZipOutputStream out = new ZipOutputStream(lying)) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          String text;
          try (InputStream in = zip.getInputStream(entry)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          out.putNextEntry(new ZipEntry(entry.getName()));
          int at = text.indexOf(placeholder);
          if (at < 0) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
          } else {
            expanded = entry.getName();
            out.write(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
            writeFiller(out, cellBytes);
            out.write(text.substring(at + placeholder.length()).getBytes(StandardCharsets.UTF_8));
          }
          out.closeEntry();
        }
      }
    } finally {
      java.nio.file.Files.deleteIfExists(plain);
    }
    if (expanded == null) {
      throw new IllegalStateException("the placeholder cell is in no part");
    }
    byte[] file = lying.toByteArray();
    declareSmall(file, expanded, 1024);
    return file;
  }

  private static void writeFiller(OutputStream out, long bytes) throws IOException {
    byte[] chunk = new byte[1 << 16];
    java.util.Arrays.fill(chunk, (byte) 'A');
    for (long left = bytes; left > 0; left -= chunk.length) {
      out.write(chunk, 0, (int) Math.min(chunk.length, left));
    }
  }

  /**
   * Rewrites the uncompressed size of {@code name} in the central directory (and its data
   * descriptor).
   */
  private static void declareSmall(byte[] zip, String name, int size) {
    byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
    boolean patched = false;
    for (int i = 0; i + 46 < zip.length; i++) {
      if (int32(zip, i) == 0x02014b50
          && int16(zip, i + 28) == wanted.length
          && java.util.Arrays.equals(
              zip, i + 46, i + 46 + wanted.length, wanted, 0, wanted.length)) {
        long compressed = int32(zip, i + 20) & 0xFFFFFFFFL;
        long offset = int32(zip, i + 42) & 0xFFFFFFFFL;
        putInt32(zip, i + 24, size);
        // the data descriptor after the entry's data: signature, crc, compressed size, size
        int descriptor =
            (int)
                (offset
                    + 30
                    + int16(zip, (int) offset + 26)
                    + int16(zip, (int) offset + 28)
                    + compressed);
        if (int32(zip, descriptor) == 0x08074b50) {
          putInt32(zip, descriptor + 12, size);
        }
        patched = true;
      }
    }
    if (!patched) {
      throw new IllegalStateException("no central directory entry for " + name);
    }
  }

  private static int int16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static int int32(byte[] b, int at) {
    return int16(b, at) | int16(b, at + 2) << 16;
  }

  private static void putInt32(byte[] b, int at, int value) {
    for (int k = 0; k < 4; k++) {
      b[at + k] = (byte) (value >>> (8 * k));
    }
  }
}

package vn.antq.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * Checks an .xlsx before the spreadsheet reader opens it, by inflating every part once as the
 * reader would (the same zip library, the same central directory) and counting the bytes it really
 * gives: the sizes a zip declares can lie, so none of them is trusted. Refused with 413: too many
 * parts, a part or the whole that inflates past the limits or at a bomb's ratio, a shared-strings
 * part larger than the reader may keep in memory, or a run of text longer than any cell may be (a
 * 300 MB cell is refused before it is ever a string).
 */
final class XlsxArchive {

  private static final int END_OF_DIRECTORY = 0x06054b50;
  private static final int END_RECORD_BYTES = 22;
  private static final int DIRECTORY_RECORD = 0x02014b50;
  private static final int DIRECTORY_RECORD_BYTES = 46;
  private static final int ZIP64_LOCATOR = 0x07064b50;
  private static final int ZIP64_LOCATOR_BYTES = 20;
  private static final long RATIO_FLOOR = 1 << 20;
  private static final Pattern OVERRIDE = Pattern.compile("<Override\\b[^>]*>");
  private static final Pattern PART_NAME =
      Pattern.compile("PartName\\s*=\\s*[\"']/?([^\"']+)[\"']");
  private static final String SHARED_STRINGS_TYPE = "spreadsheetml.sharedStrings+xml";

  private final ImportLimits limits;

  XlsxArchive(ImportLimits limits) {
    this.limits = limits;
  }

  void check(Path file) {
    try {
      long size = Files.size(file);
      if (size > limits.xlsxFileSize().asLongValue()) {
        throw ImportFormatException.tooLarge(
            "Tệp Excel lớn hơn "
                + mib(limits.xlsxFileSize().asLongValue())
                + " MB; hãy chia thành nhiều tệp hoặc gửi CSV (xlsx file too large)",
            0,
            null);
      }
      checkDirectorySize(file, size);
      try (ZipFile zip = ZipFile.builder().setFile(file.toFile()).get()) {
        String sharedStrings = sharedStringsPart(zip);
        boolean workbook = false;
        long total = 0;
        Enumeration<ZipArchiveEntry> entries = zip.getEntries();
        while (entries.hasMoreElements()) {
          ZipArchiveEntry entry = entries.nextElement();
          workbook |= entry.getName().equalsIgnoreCase("xl/workbook.xml");
          long cap =
              entry.getName().equalsIgnoreCase(sharedStrings)
                  ? limits.xlsxSharedStringsSize().asLongValue()
                  : limits.xlsxEntrySize().asLongValue();
          total += inflate(zip, entry, cap, limits.xlsxTotalSize().asLongValue() - total);
        }
        if (!workbook) {
          throw XlsxRows.notASpreadsheet();
        }
      }
    } catch (ImportFormatException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // not a zip, a broken one, an unsupported compression or encryption: not a spreadsheet this
      // reader can take
      throw XlsxRows.notASpreadsheet();
    }
  }

  /**
   * Counts the central directory's records before any zip library builds an object per entry: a
   * directory of millions of entries would fill memory before the first part is read. The count is
   * of the records themselves, from where the end record says the directory starts, for as long as
   * they follow one another (as the zip library reads them), not of the count the end record
   * declares.
   */
  private void checkDirectorySize(Path file, long size) throws IOException {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      int tail = (int) Math.min(size, END_RECORD_BYTES + 0xFFFF);
      byte[] end = new byte[tail];
      in.seek(size - tail);
      in.readFully(end);
      int at = tail - END_RECORD_BYTES;
      while (at >= 0 && int32(end, at) != END_OF_DIRECTORY) {
        at--;
      }
      if (at < 0) {
        throw XlsxRows.notASpreadsheet();
      }
      long position = int32(end, at + 16) & 0xFFFFFFFFL;
      if (position == 0xFFFFFFFFL
          && at >= ZIP64_LOCATOR_BYTES
          && int32(end, at - ZIP64_LOCATOR_BYTES) == ZIP64_LOCATOR) {
        // a zip64 archive: the directory's offset is in the zip64 end record the locator points to
        byte[] record = new byte[56];
        in.seek(int64(end, at - ZIP64_LOCATOR_BYTES + 8));
        in.readFully(record);
        position = int64(record, 48);
      }
      byte[] header = new byte[DIRECTORY_RECORD_BYTES];
      for (int records = 0; position + DIRECTORY_RECORD_BYTES <= size; records++) {
        in.seek(position);
        in.readFully(header);
        if (int32(header, 0) != DIRECTORY_RECORD) {
          return;
        }
        if (records == limits.xlsxEntries()) {
          throw ImportFormatException.tooLarge(
              "Tệp Excel có quá "
                  + limits.xlsxEntries()
                  + " phần (more than "
                  + limits.xlsxEntries()
                  + " parts in the archive)",
              0,
              null);
        }
        position +=
            DIRECTORY_RECORD_BYTES + int16(header, 28) + int16(header, 30) + int16(header, 32);
      }
    }
  }

  /** The part [Content_Types].xml names as shared strings: the reader keeps all of it in memory. */
  private static String sharedStringsPart(ZipFile zip) throws IOException {
    ZipArchiveEntry types = null;
    for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
      ZipArchiveEntry entry = e.nextElement();
      if (entry.getName().equalsIgnoreCase("[Content_Types].xml")) {
        types = entry;
        break;
      }
    }
    if (types == null) {
      return "xl/sharedStrings.xml";
    }
    try (InputStream in = zip.getInputStream(types)) {
      String text = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
      Matcher override = OVERRIDE.matcher(text);
      while (override.find()) {
        Matcher name = PART_NAME.matcher(override.group());
        if (override.group().contains(SHARED_STRINGS_TYPE) && name.find()) {
          return name.group(1).toLowerCase(Locale.ROOT);
        }
      }
    }
    return "xl/sharedStrings.xml";
  }

  /**
   * Inflates one part, counting: stops at its cap, at the bytes left of the whole, at a bomb's
   * ratio, or at a run of bytes without '<' longer than a cell may be (text and attribute values
   * are such runs).
   */
  private long inflate(ZipFile zip, ZipArchiveEntry entry, long cap, long left) throws IOException {
    long declaredCompressed = Math.max(1, entry.getCompressedSize());
    long run = 0;
    long maxRun = (long) limits.cellChars() * 10 + 4096;
    long inflated = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = zip.getInputStream(entry)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        inflated += n;
        if (inflated > cap || inflated > left) {
          throw bomb(
              entry,
              "giải nén ra hơn "
                  + mib(Math.min(cap, left))
                  + " MB (inflates past "
                  + mib(Math.min(cap, left))
                  + " MB)");
        }
        // the compressed bytes read so far where the stream counts them: a bomb shows at its first
        // megabyte
        long compressed =
            in instanceof InputStreamStatistics statistics
                ? Math.max(1, statistics.getCompressedCount())
                : declaredCompressed;
        boolean ratio = inflated / compressed > limits.xlsxRatio();
        if (inflated > RATIO_FLOOR && ratio) {
          throw bomb(
              entry,
              "tỷ lệ nén hơn "
                  + limits.xlsxRatio()
                  + ":1 (compression ratio above "
                  + limits.xlsxRatio()
                  + ":1)");
        }
        for (int i = 0; i < n; i++) {
          run = buffer[i] == '<' ? 0 : run + 1;
        }
        if (run > maxRun) {
          throw ratio
              ? bomb(
                  entry,
                  "có một đoạn dài quá "
                      + limits.cellChars()
                      + " ký tự, nén hơn "
                      + limits.xlsxRatio()
                      + ":1 (a run longer than a cell, compressed above "
                      + limits.xlsxRatio()
                      + ":1)")
              : ImportFormatException.tooLarge(
                  "Tệp Excel có một ô hoặc thẻ dài quá "
                      + limits.cellChars()
                      + " ký tự trong phần '"
                      + Excerpt.of(entry.getName())
                      + "' (a cell longer than "
                      + limits.cellChars()
                      + " characters)",
                  0,
                  null);
        }
      }
    }
    return inflated;
  }

  private static ImportFormatException bomb(ZipArchiveEntry entry, String why) {
    return ImportFormatException.tooLarge(
        "Tệp Excel bất thường: phần '"
            + Excerpt.of(entry.getName())
            + "' "
            + why
            + " — có thể là zip bomb; hãy lưu lại tệp bằng Excel hoặc gửi CSV (suspicious archive)",
        0,
        null);
  }

  private static long mib(long bytes) {
    return bytes >> 20;
  }

  private static int int16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static int int32(byte[] b, int at) {
    return int16(b, at) | int16(b, at + 2) << 16;
  }

  private static long int64(byte[] b, int at) {
    return (int32(b, at) & 0xFFFFFFFFL) | (long) int32(b, at + 4) << 32;
  }
}

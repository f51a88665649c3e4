package vn.antq.registry.imports;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much of an uploaded file the readers accept before refusing it (413): what bounds the memory
 * one import can take, whatever its file claims about itself. Set as antq.imports.limits.* .
 */
@ConfigMapping(prefix = "antq.imports.limits")
public interface ImportLimits {

  /** Characters in one cell, CSV field, JSON string or header name (Excel's own cell limit). */
  @WithDefault("32767")
  int cellChars();

  /**
   * Characters of all cells of one row (the header line too): with the readers' batches, what
   * bounds an import's memory.
   */
  @WithDefault("65536")
  int rowChars();

  /** Columns (CSV fields, spreadsheet cells, JSON fields) in one row. */
  @WithDefault("100")
  int columns();

  /** Data rows in one file. */
  @WithDefault("2000000")
  long rows();

  /** An .xlsx upload as sent (compressed). */
  @WithDefault("200M")
  MemorySize xlsxFileSize();

  /** Parts (zip entries) in one .xlsx. */
  @WithDefault("1000")
  int xlsxEntries();

  /**
   * Bytes one part really inflates to, counted while inflating (the sizes a zip declares are not
   * trusted).
   */
  @WithDefault("1G")
  MemorySize xlsxEntrySize();

  /** Bytes all parts together really inflate to. */
  @WithDefault("2G")
  MemorySize xlsxTotalSize();

  /** The shared-strings part: the reader keeps every string of it in memory. */
  @WithDefault("64M")
  MemorySize xlsxSharedStringsSize();

  /** Inflated bytes per compressed byte of a part, checked once a part passes 1 MiB. */
  @WithDefault("100")
  int xlsxRatio();
}

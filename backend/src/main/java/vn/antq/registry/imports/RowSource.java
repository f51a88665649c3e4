package vn.antq.registry.imports;

import java.util.Iterator;
import java.util.List;

/** The rows of an uploaded file, read one at a time so that a million rows never sit in memory. */
public interface RowSource extends Iterator<Row>, AutoCloseable {

  /** The canonical columns present in the file, in file order. */
  List<String> columns();

  @Override
  void close();
}

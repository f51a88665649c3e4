package vn.antq.registry.imports;

/**
 * Remembers which keys a file has already used, in 16 bytes a key (a 64-bit hash and the row), so
 * that duplicates in a million-row file are found without a million strings on the heap.
 */
public final class KeyTracker {

  private long[] hashes = new long[1 << 14];
  private long[] rows = new long[1 << 14];
  private int size;

  /** The row that first used this key, or 0 when it is new (and now remembered for this row). */
  public long firstUse(String key, long row) {
    long hash = hash(key);
    if (hash == 0) {
      hash = 1;
    }
    if (size * 2 >= hashes.length) {
      grow();
    }
    int mask = hashes.length - 1;
    int i = (int) (hash ^ (hash >>> 32)) & mask;
    while (hashes[i] != 0) {
      if (hashes[i] == hash) {
        return rows[i];
      }
      i = (i + 1) & mask;
    }
    hashes[i] = hash;
    rows[i] = row;
    size++;
    return 0;
  }

  /** The row that first used this key, or 0 when none did (nothing is remembered). */
  public long rowOf(String key) {
    long hash = hash(key);
    if (hash == 0) {
      hash = 1;
    }
    int mask = hashes.length - 1;
    int i = (int) (hash ^ (hash >>> 32)) & mask;
    while (hashes[i] != 0) {
      if (hashes[i] == hash) {
        return rows[i];
      }
      i = (i + 1) & mask;
    }
    return 0;
  }

  /**
   * True when an earlier row used the key; this row is then rejected as "{what} trùng với dòng N",
   * listed under the column with its value.
   */
  public boolean repeated(
      String key, long row, ImportReport report, String column, String value, String what) {
    long first = firstUse(key, row);
    if (first != 0) {
      report.reject(
          row,
          column,
          value,
          what + " trùng với dòng " + first + " (duplicate of row " + first + ")");
    }
    return first != 0;
  }

  private void grow() {
    long[] oldHashes = hashes;
    long[] oldRows = rows;
    hashes = new long[oldHashes.length * 2];
    rows = new long[oldRows.length * 2];
    int mask = hashes.length - 1;
    for (int j = 0; j < oldHashes.length; j++) {
      if (oldHashes[j] != 0) {
        int i = (int) (oldHashes[j] ^ (oldHashes[j] >>> 32)) & mask;
        while (hashes[i] != 0) {
          i = (i + 1) & mask;
        }
        hashes[i] = oldHashes[j];
        rows[i] = oldRows[j];
      }
    }
  }

  /** FNV-1a, 64 bits: cheap and well spread for short keys. */
  static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}

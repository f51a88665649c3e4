package vn.antq.registry.imports;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a file's rows on a second thread, a batch ahead of the thread that checks them, so that
 * decoding and parsing run beside the checks instead of before them. At most {@link
 * ImportTuning.ReadAhead#batches()} batches wait, so memory stays bounded whatever the file's size
 * (and, with {@link ImportTuning.ReadAhead#batchChars()}, whatever the rows' length). A reading
 * error (a bad quote, a wrong column count) reaches the checking thread after every row before it,
 * exactly where a plain reader would have thrown it. The source is only touched by the reading
 * thread.
 */
public final class PrefetchingRows implements RowSource {

  /** What the reader hands over: rows, then an end or the error that stopped it. */
  private record Batch(List<Row> rows, Throwable error, boolean last) {}

  private final RowSource source;
  private final ImportTuning.ReadAhead tuning;
  private final BlockingQueue<Batch> queue;
  private final Thread reader;
  private volatile boolean closed;
  private Iterator<Row> current = List.<Row>of().iterator();
  private boolean finished;

  /** The reader's error, thrown once the rows read before it are used up. */
  private Throwable error;

  private PrefetchingRows(RowSource source, ImportTuning.ReadAhead tuning) {
    this.source = source;
    this.tuning = tuning;
    this.queue = new ArrayBlockingQueue<>(tuning.batches());
    this.reader = new Thread(this::read, "import-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * The rows of {@code source}, read ahead on a thread of their own; the caller still closes {@code
   * source}.
   */
  public static RowSource of(RowSource source, ImportTuning.ReadAhead tuning) {
    return new PrefetchingRows(source, tuning);
  }

  private void read() {
    RowChunk rows = new RowChunk(tuning.batchRows(), tuning.batchChars());
    try {
      try {
        while (!closed && source.hasNext()) {
          if (rows.add(source.next())) {
            hand(new Batch(List.copyOf(rows.rows()), null, false));
            rows.clear();
          }
        }
        hand(new Batch(List.copyOf(rows.rows()), null, true));
      } catch (RuntimeException | Error e) {
        // Errors too: a reader that died silently would leave the checking thread waiting for ever.
        hand(new Batch(List.copyOf(rows.rows()), e, true));
      }
    } catch (InterruptedException e) {
      // closed while waiting for the checks: nothing more to hand over
      Thread.currentThread().interrupt();
    }
  }

  private void hand(Batch batch) throws InterruptedException {
    // Waits while the checking thread is behind; gives up once it has closed the source.
    while (!closed && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
      // the queue is full: the checks are slower than the reading
    }
  }

  @Override
  public List<String> columns() {
    return source.columns();
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      if (error instanceof RuntimeException e) {
        throw e;
      }
      if (error instanceof Error e) {
        throw e;
      }
      if (finished) {
        return false;
      }
      Batch batch = take();
      current = batch.rows().iterator();
      finished = batch.last();
      error = batch.error();
    }
    return true;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  private Batch take() {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Import interrupted", e);
    }
  }

  /**
   * Stops the reader (the checks may end early, on a refused file); the source itself is closed by
   * its owner.
   */
  @Override
  public void close() {
    closed = true;
    reader.interrupt();
    try {
      reader.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

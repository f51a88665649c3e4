package vn.antq.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Bytes written on one thread and read on another through a few blocks in memory: an import's
 * checker writes rows while the database already loads them. The writer blocks when the reader
 * lags, so memory stays at {@code blocks × blockSize} bytes; {@link #abandon} lets the writer go on
 * when nobody reads any more.
 */
public final class BytePipe {

  private static final byte[] END = new byte[0];

  private final BlockingQueue<byte[]> queue;
  private final int blockSize;
  private volatile boolean abandoned;

  public BytePipe(int blocks, int blockSize) {
    this.queue = new ArrayBlockingQueue<>(blocks);
    this.blockSize = blockSize;
  }

  /** The writing end; {@code close()} ends the stream. */
  public OutputStream output() {
    return new OutputStream() {
      private byte[] block = new byte[blockSize];
      private int used;
      private boolean closed;

      @Override
      public void write(int b) throws IOException {
        if (used == block.length) {
          flush();
        }
        block[used++] = (byte) b;
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
          if (used == block.length) {
            flush();
          }
          int n = Math.min(length, block.length - used);
          System.arraycopy(bytes, offset, block, used, n);
          used += n;
          offset += n;
          length -= n;
        }
      }

      @Override
      public void flush() throws IOException {
        if (used > 0) {
          byte[] full = used == block.length ? block : java.util.Arrays.copyOf(block, used);
          put(full);
          block = new byte[blockSize];
          used = 0;
        }
      }

      @Override
      public void close() throws IOException {
        if (!closed) {
          closed = true;
          flush();
          put(END);
        }
      }
    };
  }

  /** The reading end. */
  public InputStream input() {
    return new InputStream() {
      private byte[] block = new byte[0];
      private int read;
      private boolean ended;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] into, int offset, int length) throws IOException {
        // Blocks until the writer has written or closed.
        if (length == 0) {
          return 0;
        }
        while (read == block.length) {
          if (ended) {
            return -1;
          }
          byte[] next;
          try {
            next = queue.take();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("import stream interrupted");
          }
          if (next == END) {
            ended = true;
            return -1;
          }
          block = next;
          read = 0;
        }
        int n = Math.min(length, block.length - read);
        System.arraycopy(block, read, into, offset, n);
        read += n;
        return n;
      }
    };
  }

  /** Nobody reads any more: writes are dropped instead of blocking. */
  public void abandon() {
    abandoned = true;
    queue.clear();
  }

  private void put(byte[] block) throws IOException {
    try {
      while (!abandoned) {
        if (queue.offer(block, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("import stream interrupted");
    }
  }
}

package vn.antq.registry.summary;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A blocking HTTP/1.1 client on one kept socket, as a load generator is: the bytes of a GET out,
 * the whole answer in, on the calling thread. The JDK's client hands every call to its selector and
 * worker threads and back, about 0.2 ms per call on two cores that the benchmark counted as the
 * API's.
 */
final class WireClient implements AutoCloseable {

  private final String host;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  WireClient(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** The request's bytes, made once per request row. */
  byte[] get(String path, String token) {
    return ("GET "
            + path
            + " HTTP/1.1\r\nHost: "
            + host
            + ":"
            + port
            + "\r\nAuthorization: Bearer "
            + token
            + "\r\nAccept: application/json\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** Sends {@code request} and reads its whole answer; returns the status code. */
  int send(byte[] request) {
    try {
      try {
        return exchange(request);
      } catch (EOFException | java.net.SocketException closed) {
        // The server closed the idle connection between two rows: once more on a new one.
        close();
        return exchange(request);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int exchange(byte[] request) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port));
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      out = socket.getOutputStream();
    }
    out.write(request);
    out.flush();
    String status = line();
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closing = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).strip());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        closing = true;
      }
    }
    if (chunked) {
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        skip(size);
        line();
      }
      while (!line().isEmpty()) {
        // trailers
      }
    } else if (length >= 0) {
      skip(length);
    } else {
      throw new IOException("an answer without a length: " + status);
    }
    if (closing) {
      close();
    }
    return code;
  }

  private long chunkSize() throws IOException {
    String size = line();
    int extension = size.indexOf(';');
    return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).strip(), 16);
  }

  private void skip(long bytes) throws IOException {
    long left = bytes;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new EOFException();
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException();
      }
      if (b != '\r') {
        bytes.write(b);
      }
    }
    return bytes.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing a socket already closed by the server
      }
      socket = null;
    }
  }
}

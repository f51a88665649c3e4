package vn.antq.registry.db;

/**
 * The embedded database cannot start for a reason the person at the keyboard can fix; the message
 * says how.
 */
public class EmbeddedDbException extends RuntimeException {

  public EmbeddedDbException(String message) {
    super(message);
  }

  public EmbeddedDbException(String message, Throwable cause) {
    super(message, cause);
  }
}

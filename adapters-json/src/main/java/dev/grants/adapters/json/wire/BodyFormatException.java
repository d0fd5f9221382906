package dev.grants.adapters.json.wire;

/** A request body that is not JSON, or not of the shape the operation takes; its message is the detail. */
public final class BodyFormatException extends Exception {
  /** The exception, with {@code detail} as its message. */
  public BodyFormatException(String detail) {
    super(detail, null, false, false);
  }
}

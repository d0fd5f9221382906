package dev.grants.adapters.json;

/** A request body that is not JSON, or not of the shape the operation takes; its message is the detail. */
final class BodyFormatException extends Exception {
  BodyFormatException(String detail) {
    super(detail, null, false, false);
  }
}

package dev.grants.domain.wrong_example;

/**
 * Clean control: declaring an unchecked exception is fine, and so is a checked one off the public API
 * (package-private here).
 */
public final class UncheckedExceptionEntity {
  public void check(String text) throws IllegalArgumentException {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty");
    }
  }

  void internal() throws WrongCheckedException {
    throw new WrongCheckedException("internal");
  }
}

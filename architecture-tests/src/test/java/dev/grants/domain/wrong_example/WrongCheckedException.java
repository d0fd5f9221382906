package dev.grants.domain.wrong_example;

/** A checked exception, which no public API of domain or ports may declare. */
public final class WrongCheckedException extends Exception {
  private static final long serialVersionUID = 1L;

  public WrongCheckedException(String message) {
    super(message);
  }
}

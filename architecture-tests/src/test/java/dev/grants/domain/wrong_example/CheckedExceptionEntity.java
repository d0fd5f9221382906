package dev.grants.domain.wrong_example;

/** Wrong: a public method that declares a checked exception instead of returning an Either. */
public final class CheckedExceptionEntity {
  public void load() throws WrongCheckedException {
    throw new WrongCheckedException("refused");
  }
}

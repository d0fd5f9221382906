package dev.grants.domain.wrong_example;

/** Wrong: a public constructor that declares a checked exception. */
public final class CheckedExceptionConstructorEntity {
  public CheckedExceptionConstructorEntity(String text) throws Exception {
    if (text.isEmpty()) {
      throw new Exception("empty");
    }
  }
}

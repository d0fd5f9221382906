package dev.grants.domain.wrong_example;

/** Wrong: prints to the standard output. */
public final class PrintingEntity {
  public void report(String text) {
    System.out.println(text);
  }
}

package dev.grants.adapters.json.policy;

import java.util.Arrays;

/**
 * Policy-safe ASCII text collected as pieces and joined once. The policy writer hands over the strings the
 * statements already hold (ids, ARNs, actions) and constant {@link Glue} between them, so writing a policy
 * allocates little more than its result: {@link #joined()} builds the String with {@code String.join}, which
 * sizes the result and copies each piece into it exactly once (a byte buffer and then a String would copy
 * the whole text twice), and {@link #bytes()} copies the pieces into an array of the exact length.
 *
 * <p>The closing punctuation a value leaves open (its quote, an array's bracket, a condition block's braces)
 * is {@linkplain Owed owed} rather than written, and written as the start of the next glue, so the text
 * between two values is a single piece. Not thread-safe: one per write.
 */
final class TextPieces {
  private String[] pieces;
  private int count;
  private Owed owed = Owed.NOTHING;

  /**
   * Pieces for about {@code expected} pieces; a different count costs one more copy of the array, and more
   * grow it.
   */
  TextPieces(int expected) {
    pieces = new String[Math.max(expected, 4)];
  }

  /** What a value written so far still lacks at its end; written, with the next glue, as one piece. */
  enum Owed {
    NOTHING(""),
    QUOTE("\""),
    QUOTE_BRACKET("\"]"),
    QUOTE_BRACES("\"}}"),
    QUOTE_BRACKET_BRACES("\"]}}");

    private final String text;

    Owed(String text) {
      this.text = text;
    }
  }

  /** Constant text between two values, prepared once with each closing it may have to start with. */
  static final class Glue {
    private final String[] afterOwed;

    private Glue(String text) {
      afterOwed = new String[Owed.values().length];
      for (Owed owed : Owed.values()) {
        afterOwed[owed.ordinal()] = owed.text + text;
      }
    }

    /** The glue {@code text}: a constant, created once. */
    static Glue of(String text) {
      return new Glue(text);
    }
  }

  /** Writes whatever is owed and then {@code glue}. */
  void glue(Glue glue) {
    add(glue.afterOwed[owed.ordinal()]);
    owed = Owed.NOTHING;
  }

  /** A string value, after the glue that opened its quote; its closing quote is owed. */
  void value(String value) {
    add(value);
    owed = Owed.QUOTE;
  }

  /** A part of a value written in parts (an account's root ARN), between glue that carries the rest. */
  void part(String part) {
    add(part);
  }

  /**
   * A value, glue and a value that a text may repeat, such as a statement's action and resource: written as
   * one piece from the second time the same run comes in a row (the join copies piece by piece, so fewer
   * pieces are faster), as three pieces otherwise. Must follow glue that opened the first value's quote; the
   * second value's closing quote is owed.
   */
  void repeatable(Run run, String first, Glue between, String second) {
    if (between == run.between && first.equals(run.first) && second.equals(run.second)) {
      if (run.text == null) {
        run.text = first + between.afterOwed[Owed.QUOTE.ordinal()] + second;
      }
      add(run.text);
    } else {
      run.first = first;
      run.between = between;
      run.second = second;
      run.text = null;
      add(first);
      add(between.afterOwed[Owed.QUOTE.ordinal()]);
      add(second);
    }
    owed = Owed.QUOTE;
  }

  /** The last run of one kind written ({@link #repeatable}), and its text once it came twice. */
  static final class Run {
    private String first;
    private Glue between;
    private String second;
    private String text;
  }

  /** Closes the array whose last value was just written. */
  void closeArray() {
    owed = Owed.QUOTE_BRACKET;
  }

  /** Closes an operator's object and the condition block after the value just written (or its array). */
  void closeConditionBlock() {
    owed = owed == Owed.QUOTE_BRACKET ? Owed.QUOTE_BRACKET_BRACES : Owed.QUOTE_BRACES;
  }

  /**
   * The text as one String, each piece copied once.
   *
   * @throws IllegalStateException unless it is {@code length} characters long
   */
  String joined(int length) {
    // String.join takes every element of the array: the slots left over when the expected count was not exact
    // are filled with empty pieces, which cost the join almost nothing, where trimming would copy the array.
    Arrays.fill(pieces, count, pieces.length, "");
    String joined = String.join("", pieces);
    requireLength(joined.length(), length);
    return joined;
  }

  /**
   * The text as bytes: each piece is ASCII, so each char is its byte.
   *
   * @throws IllegalStateException unless it is {@code length} bytes long
   */
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): the one copy of a Latin-1 String's bytes
  byte[] bytes(int length) {
    int total = 0;
    for (int i = 0; i < count; i++) {
      total += pieces[i].length();
    }
    requireLength(total, length);
    byte[] bytes = new byte[length];
    int at = 0;
    for (int i = 0; i < count; i++) {
      String piece = pieces[i];
      piece.getBytes(0, piece.length(), bytes, at);
      at += piece.length();
    }
    return bytes;
  }

  /** The writer and the domain must agree on the length: the 20480-byte rule is checked on the domain's. */
  private static void requireLength(int written, int expected) {
    if (written != expected) {
      throw new IllegalStateException("wrote " + written + " bytes where the domain computed " + expected);
    }
  }

  private void add(String piece) {
    if (count == pieces.length) {
      pieces = Arrays.copyOf(pieces, count * 2);
    }
    pieces[count++] = piece;
  }
}

package dev.grants.adapters.json.wire;

import dev.grants.domain.error.GrantsError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One family's answer to every {@link GrantsError}: a table keyed by the error's record class, with exactly one
 * entry for each leaf of the sealed hierarchy. A leaf is answered either by its own entry or, when the family
 * never meets it (it names another family's resources), deliberately by the family's internal error; building the
 * table refuses a leaf given twice and a leaf left out, so a new {@code GrantsError} leaf fails every family until
 * each one answers it. (Java 17 has no pattern-matching {@code switch} to make the compiler check this.)
 *
 * <pre>{@code
 * ErrorTable<Void> errors = ErrorTable.<Void>builder(() -> internalError("An internal error occurred."))
 *     // A store failed: what it threw is internal detail and never reaches the body.
 *     .asInternalError(GrantsError.InternalFailure.class)
 *     .on(GrantsError.NoPolicy.class, none -> notFound("No policies associated with profile " + none.resource()))
 *     ...
 *     .build();
 * WireResponse response = errors.answer(null, error);
 * }</pre>
 *
 * <p>Immutable and thread-safe once built.
 *
 * @param <C> what an answer may depend on besides the error (Lambda's: the operation), {@code Void} when nothing
 */
public final class ErrorTable<C> {
  private final Map<Class<?>, Answer<? super C, GrantsError>> answers;
  private final Set<Class<? extends GrantsError>> internal;
  private final Supplier<WireResponse> internalError;

  private ErrorTable(Builder<C> builder) {
    this.answers = Map.copyOf(builder.answers);
    this.internal = Collections.unmodifiableSet(new LinkedHashSet<>(builder.internal));
    this.internalError = builder.internalError;
  }

  /** A builder whose {@link Builder#asInternalError} leaves are answered by {@code internalError}. */
  public static <C> Builder<C> builder(Supplier<WireResponse> internalError) {
    return new Builder<>(internalError);
  }

  /** Every leaf of the sealed {@link GrantsError} hierarchy, found through its permitted subclasses. */
  public static List<Class<? extends GrantsError>> leaves() {
    List<Class<? extends GrantsError>> leaves = new ArrayList<>();
    collectLeaves(GrantsError.class, leaves);
    return leaves;
  }

  /** The answer to {@code error}, where {@code context} is what the family's answers may depend on. */
  public WireResponse answer(C context, GrantsError error) {
    Answer<? super C, GrantsError> answer = answers.get(error.getClass());
    if (answer == null) {
      // Never, once built: every leaf has an entry, and a leaf record is final.
      throw new IllegalStateException("no answer to " + error.getClass().getName());
    }
    return answer.of(context, error);
  }

  /** Whether {@code leaf} has an entry of its own or is deliberately answered as the internal error. */
  public boolean answers(Class<? extends GrantsError> leaf) {
    return answers.containsKey(leaf);
  }

  /** Whether {@code leaf} is deliberately answered as the family's internal error. */
  public boolean answersAsInternalError(Class<? extends GrantsError> leaf) {
    return internal.contains(leaf);
  }

  /** The family's internal error (500): what an {@link Builder#asInternalError} leaf gets. */
  public WireResponse internalError() {
    return internalError.get();
  }

  private static void collectLeaves(Class<?> type, List<Class<? extends GrantsError>> leaves) {
    if (!type.isSealed()) {
      leaves.add(type.asSubclass(GrantsError.class));
      return;
    }
    for (Class<?> permitted : type.getPermittedSubclasses()) {
      collectLeaves(permitted, leaves);
    }
  }

  /**
   * An answer that depends on more than the error.
   *
   * @param <C> the context
   * @param <E> the error
   */
  @FunctionalInterface
  public interface Answer<C, E extends GrantsError> {
    /** The answer to {@code error} in {@code context}. */
    WireResponse of(C context, E error);
  }

  /** Collects the entries; {@link #build()} checks there is exactly one per leaf. Not thread-safe. */
  public static final class Builder<C> {
    private final Map<Class<?>, Answer<? super C, GrantsError>> answers = new HashMap<>();
    private final Set<Class<? extends GrantsError>> internal = new LinkedHashSet<>();
    private final Supplier<WireResponse> internalError;

    private Builder(Supplier<WireResponse> internalError) {
      this.internalError = Objects.requireNonNull(internalError, "internalError");
    }

    /**
     * Answers {@code leaf} with {@code answer}.
     *
     * @throws IllegalArgumentException if {@code leaf} is not a leaf or already has an entry
     */
    public <E extends GrantsError> Builder<C> on(Class<E> leaf, Function<? super E, WireResponse> answer) {
      Objects.requireNonNull(answer, "answer");
      return onDepending(leaf, (context, error) -> answer.apply(error));
    }

    /**
     * Answers {@code leaf} with {@code answer}, which also sees the context.
     *
     * @throws IllegalArgumentException if {@code leaf} is not a leaf or already has an entry
     */
    public <E extends GrantsError> Builder<C> onDepending(Class<E> leaf, Answer<? super C, ? super E> answer) {
      Objects.requireNonNull(answer, "answer");
      if (leaf.isSealed() || leaf.isInterface()) {
        throw new IllegalArgumentException(leaf.getName() + " is not a leaf of GrantsError");
      }
      if (answers.containsKey(leaf)) {
        throw new IllegalArgumentException(leaf.getName() + " is answered twice");
      }
      answers.put(leaf, (context, error) -> answer.of(context, leaf.cast(error)));
      return this;
    }

    /**
     * Answers each of {@code leaves} with the internal error: the family never meets them, or (for
     * {@link GrantsError.InternalFailure}) must not tell what failed.
     *
     * @throws IllegalArgumentException if one is not a leaf or already has an entry
     */
    @SafeVarargs
    public final Builder<C> asInternalError(Class<? extends GrantsError>... leaves) {
      for (Class<? extends GrantsError> leaf : Arrays.asList(leaves)) {
        onDepending(leaf, (context, error) -> internalError.get());
        internal.add(leaf);
      }
      return this;
    }

    /**
     * The table.
     *
     * @throws IllegalStateException if a leaf of {@link GrantsError} has no entry
     */
    public ErrorTable<C> build() {
      List<String> missing = new ArrayList<>();
      for (Class<? extends GrantsError> leaf : leaves()) {
        if (!answers.containsKey(leaf)) {
          missing.add(leaf.getSimpleName());
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("no answer to " + String.join(", ", missing));
      }
      return new ErrorTable<>(this);
    }
  }
}

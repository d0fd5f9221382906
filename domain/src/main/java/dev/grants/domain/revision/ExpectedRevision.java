package dev.grants.domain.revision;

import dev.grants.domain.Nullable;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a caller expects the current revision of a policy to be: nothing in particular (no revision was
 * given, or an empty one), or exactly the text it gave. A given revision is compared as text, so a
 * malformed one simply never matches.
 *
 * <pre>{@code
 * ExpectedRevision.fromRequest(null);  // ExpectedRevision.any()
 * ExpectedRevision.fromRequest("");    // ExpectedRevision.any()
 * ExpectedRevision.fromRequest("35d87451-...").admits(Option.none()); // false: no policy yet
 * }</pre>
 */
public sealed interface ExpectedRevision {

  /** Whether a policy whose current revision is {@code current} (none: no policy yet) may be changed. */
  boolean admits(Option<RevisionId> current);

  /** No expectation: any current revision is admitted. */
  static ExpectedRevision any() {
    return AnyRevision.INSTANCE;
  }

  /** Exactly {@code given}. */
  static ExpectedRevision exactly(String given) {
    return new Exactly(given);
  }

  /** The expectation a request expresses: none when the member is absent or empty. */
  static ExpectedRevision fromRequest(@Nullable String given) {
    return given == null || given.isEmpty() ? any() : exactly(given);
  }

  /** No expectation. */
  enum AnyRevision implements ExpectedRevision {
    /** The only instance. */
    INSTANCE;

    @Override
    public boolean admits(Option<RevisionId> current) {
      return true;
    }
  }

  /**
   * The current revision must be exactly {@code given}.
   *
   * @param given the revision text the caller gave, non-empty
   */
  record Exactly(String given) implements ExpectedRevision {
    /** Checks the text is present and non-empty. */
    public Exactly {
      Objects.requireNonNull(given, "given");
      if (given.isEmpty()) {
        throw new IllegalArgumentException("an expected revision is non-empty; use ExpectedRevision.any()");
      }
    }

    @Override
    public boolean admits(Option<RevisionId> current) {
      return current.exists(revision -> revision.value().equals(given));
    }
  }
}

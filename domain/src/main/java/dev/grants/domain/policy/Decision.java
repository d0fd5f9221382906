package dev.grants.domain.policy;

/**
 * The outcome of {@link ResourcePolicy#decide}: allowed by a statement, denied by a statement, or denied
 * because no statement allows (deny by default).
 *
 * <pre>{@code
 * switch (policy.decide(request)) {
 *   case Decision.Allowed allowed -> allowed.by();        // the statement id that grants it
 *   case Decision.ExplicitlyDenied denied -> denied.by(); // a Deny statement applies
 *   case Decision.ImplicitlyDenied none -> ...;           // nothing applies
 * }
 * }</pre>
 */
public sealed interface Decision {

  /** Whether the request may proceed. */
  boolean isAllowed();

  /**
   * The first {@code Allow} statement that applies grants the request, and no {@code Deny} applies.
   *
   * @param by the id of the granting statement
   */
  record Allowed(StatementId by) implements Decision {
    @Override
    public boolean isAllowed() {
      return true;
    }
  }

  /**
   * A {@code Deny} statement applies; it overrides any allow.
   *
   * @param by the id of the first denying statement
   */
  record ExplicitlyDenied(StatementId by) implements Decision {
    @Override
    public boolean isAllowed() {
      return false;
    }
  }

  /** No statement applies. */
  enum ImplicitlyDenied implements Decision {
    /** The only instance. */
    INSTANCE;

    @Override
    public boolean isAllowed() {
      return false;
    }
  }
}

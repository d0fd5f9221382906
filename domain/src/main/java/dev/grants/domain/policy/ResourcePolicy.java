package dev.grants.domain.policy;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.OrganizationId;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.revision.ExpectedRevision;
import dev.grants.domain.revision.RevisionId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;

/**
 * The resource-based policy of one resource: its statements in insertion order, under the revision the last
 * mutation produced. A resource that never had a policy has {@link #none(Arn)}: no statements and no
 * revision. A policy whose statements were all removed keeps its revision, and reads differently
 * ({@link GrantsError.PolicyHasNoStatements}) from one that never existed ({@link GrantsError.NoPolicy}).
 *
 * <p>The policy knows the exact UTF-8 length of its compact IAM JSON form,
 * {@code {"Version":"2012-10-17","Id":"default","Statement":[...]}}, and keeps it as it changes, so the
 * {@value #SIZE_LIMIT}-byte limit is checked in constant time per added statement. A wire writer must write
 * exactly {@link #compactJsonLength()} bytes.
 *
 * <pre>{@code
 * ResourcePolicy policy = ResourcePolicy.none(layerVersionArn);
 * Either<GrantsError, ResourcePolicy> next =
 *     policy.add(statement, ExpectedRevision.any(), RevisionId.of("35d87451-f796-4a3f-a618-95a3671b0a0c"));
 * }</pre>
 *
 * <p>Immutable and thread-safe: every mutation returns a new policy.
 */
public final class ResourcePolicy {
  /** The policy language version every document is written with. */
  public static final String VERSION = "2012-10-17";
  /** The policy id every document is written with. */
  public static final String ID = "default";
  /** The largest compact JSON size, in UTF-8 bytes, a policy may have. */
  public static final int SIZE_LIMIT = 20480;

  // {"Version":"2012-10-17","Id":"default","Statement":[ ... ]}
  private static final int ENVELOPE_LENGTH =
      ("{\"Version\":\"" + VERSION + "\",\"Id\":\"" + ID + "\",\"Statement\":[]}").length();

  private static final int[] NO_HASHES = {};

  private final Arn resource;
  private final Statements statements;
  // The hash of each statement's id, in statement order: finding an id (every add and remove does) compares
  // these first, in one array, instead of reaching into every statement's id, which in a large store means a
  // cache miss per statement. Never modified once the policy is built.
  private final int[] sidHashes;
  private final RevisionId revision;
  private final int compactJsonLength;

  private ResourcePolicy(
      Arn resource, Statements statements, int[] sidHashes, RevisionId revision, int compactJsonLength) {
    this.resource = resource;
    this.statements = statements;
    this.sidHashes = sidHashes;
    this.revision = revision;
    this.compactJsonLength = compactJsonLength;
  }

  /** The policy of a resource that never had one: no statements, no revision. */
  public static ResourcePolicy none(Arn resource) {
    return new ResourcePolicy(
        Objects.requireNonNull(resource, "resource"), Statements.NONE, NO_HASHES, null, ENVELOPE_LENGTH);
  }

  /**
   * A stored policy, as a repository reads it back.
   *
   * @throws IllegalArgumentException if two statements share an id
   */
  public static ResourcePolicy restore(Arn resource, List<Statement> statements, RevisionId revision) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(revision, "revision");
    Statement[] copy = List.copyOf(statements).toArray(new Statement[0]);
    Set<StatementId> ids = new HashSet<>();
    int[] sidHashes = new int[copy.length];
    int length = ENVELOPE_LENGTH;
    for (int i = 0; i < copy.length; i++) {
      Statement statement = copy[i];
      if (!ids.add(statement.sid())) {
        throw new IllegalArgumentException("duplicate statement id " + statement.sid());
      }
      sidHashes[i] = hash(statement.sid());
      length += statement.compactJsonLength();
    }
    length += Math.max(0, copy.length - 1);
    return new ResourcePolicy(resource, new Statements(copy), sidHashes, revision, length);
  }

  /** The resource this policy protects. */
  public Arn resource() {
    return resource;
  }

  /** The statements, in insertion order; unmodifiable. */
  public List<Statement> statements() {
    return statements;
  }

  /** The current revision; none when the resource never had a policy. */
  public Option<RevisionId> revision() {
    return Option.of(revision);
  }

  /** Whether the resource ever had a policy (it has a revision, even if every statement was removed). */
  public boolean exists() {
    return revision != null;
  }

  /** The statement with id {@code sid}, if any. */
  public Option<Statement> statement(StatementId sid) {
    int index = indexOf(sid, hash(sid));
    return index < 0 ? Option.none() : Option.some(statements.get(index));
  }

  /** The exact UTF-8 byte length of the compact JSON document of this policy. */
  public int compactJsonLength() {
    return compactJsonLength;
  }

  /**
   * This policy, if it can be read: it exists and has at least one statement.
   *
   * @return the policy, or {@link GrantsError.NoPolicy} if it never existed, or
   *     {@link GrantsError.PolicyHasNoStatements} if every statement was removed
   */
  public Either<GrantsError, ResourcePolicy> readable() {
    if (revision == null) {
      return Either.left(new GrantsError.NoPolicy(resource));
    }
    if (statements.isEmpty()) {
      return Either.left(new GrantsError.PolicyHasNoStatements(resource));
    }
    return Either.right(this);
  }

  /**
   * This policy with {@code statement} appended, under revision {@code next}. Checks, in the contract's
   * order: the id is new, then the expected revision, then the size limit.
   *
   * @return the new policy, or {@link GrantsError.StatementIdConflict}, {@link GrantsError.RevisionMismatch}
   *     or {@link GrantsError.PolicyTooLarge}
   */
  public Either<GrantsError, ResourcePolicy> add(Statement statement, ExpectedRevision expected, RevisionId next) {
    Objects.requireNonNull(next, "next");
    int sidHash = hash(statement.sid());
    if (indexOf(statement.sid(), sidHash) >= 0) {
      return Either.left(new GrantsError.StatementIdConflict(resource, statement.sid()));
    }
    if (!expected.admits(revision())) {
      return Either.left(mismatch(expected));
    }
    int length = compactJsonLength + statement.compactJsonLength() + (statements.isEmpty() ? 0 : 1);
    if (length > SIZE_LIMIT) {
      return Either.left(new GrantsError.PolicyTooLarge(resource, length, SIZE_LIMIT));
    }
    int[] moreHashes = Arrays.copyOf(sidHashes, sidHashes.length + 1);
    moreHashes[sidHashes.length] = sidHash;
    return Either.right(new ResourcePolicy(resource, statements.with(statement), moreHashes, next, length));
  }

  /**
   * This policy without the statement {@code sid}, under revision {@code next}. Checks, in the contract's
   * order: the expected revision, then that the statement exists. Removing the last statement leaves an
   * existing policy with no statements.
   *
   * @return the new policy, or {@link GrantsError.RevisionMismatch} or {@link GrantsError.StatementNotFound}
   */
  public Either<GrantsError, ResourcePolicy> remove(StatementId sid, ExpectedRevision expected, RevisionId next) {
    Objects.requireNonNull(next, "next");
    if (!expected.admits(revision())) {
      return Either.left(mismatch(expected));
    }
    int index = indexOf(sid, hash(sid));
    if (index < 0) {
      return Either.left(new GrantsError.StatementNotFound(resource, sid));
    }
    Statement removed = statements.items[index];
    int[] fewerHashes = new int[sidHashes.length - 1];
    System.arraycopy(sidHashes, 0, fewerHashes, 0, index);
    System.arraycopy(sidHashes, index + 1, fewerHashes, index, fewerHashes.length - index);
    int length = compactJsonLength - removed.compactJsonLength() - (fewerHashes.length == 0 ? 0 : 1);
    return Either.right(new ResourcePolicy(resource, statements.without(index), fewerHashes, next, length));
  }

  /**
   * This policy, unchanged, under revision {@code next}: a mark that something its permissions depend on
   * changed (such as its resource's status), so that any change made from an older revision loses its
   * compare-and-set and is checked again. A resource without a policy gets one without statements.
   */
  public ResourcePolicy touched(RevisionId next) {
    return new ResourcePolicy(
        resource, statements, sidHashes, Objects.requireNonNull(next, "next"), compactJsonLength);
  }

  /**
   * Which statement, if any, lets the request through: an applicable {@code Deny} wins, then the first
   * applicable {@code Allow}; otherwise the request is denied by default.
   */
  public Decision decide(AccessRequest request) {
    StatementId allowedBy = null;
    for (Statement statement : statements) {
      if (statement.appliesTo(request)) {
        if (statement.effect() == Effect.DENY) {
          return new Decision.ExplicitlyDenied(statement.sid());
        }
        if (allowedBy == null) {
          allowedBy = statement.sid();
        }
      }
    }
    return allowedBy == null ? Decision.ImplicitlyDenied.INSTANCE : new Decision.Allowed(allowedBy);
  }

  /** {@link #decide(AccessRequest)} for {@code caller} asking for {@code action}, outside any organization. */
  public Decision decide(Principal caller, Action action) {
    return decide(AccessRequest.of(caller, action));
  }

  /** {@link #decide(AccessRequest)} for {@code caller}, a member of {@code callerOrganization}. */
  public Decision decide(Principal caller, Action action, OrganizationId callerOrganization) {
    return decide(AccessRequest.of(caller, action).inOrganization(callerOrganization));
  }

  private int indexOf(StatementId sid, int sidHash) {
    for (int i = 0; i < sidHashes.length; i++) {
      if (sidHashes[i] == sidHash && statements.items[i].sid().equals(sid)) {
        return i;
      }
    }
    return -1;
  }

  private static int hash(StatementId sid) {
    return sid.value().hashCode();
  }

  private GrantsError mismatch(ExpectedRevision expected) {
    return new GrantsError.RevisionMismatch(resource, ((ExpectedRevision.Exactly) expected).given(), revision);
  }

  /**
   * The statements of one policy: an unmodifiable list straight on an array, which a change copies once
   * ({@code ArrayList} under {@code unmodifiableList} is three objects to reach through, and was copied twice).
   */
  private static final class Statements extends AbstractList<Statement> implements RandomAccess {
    static final Statements NONE = new Statements(new Statement[0]);

    private final Statement[] items; // never modified

    Statements(Statement[] items) {
      this.items = items;
    }

    Statements with(Statement statement) {
      Statement[] more = Arrays.copyOf(items, items.length + 1);
      more[items.length] = statement;
      return new Statements(more);
    }

    Statements without(int index) {
      Statement[] fewer = new Statement[items.length - 1];
      System.arraycopy(items, 0, fewer, 0, index);
      System.arraycopy(items, index + 1, fewer, index, fewer.length - index);
      return new Statements(fewer);
    }

    @Override
    public Statement get(int index) {
      return items[index];
    }

    @Override
    public int size() {
      return items.length;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Statements that ? Arrays.equals(items, that.items) : super.equals(other);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(items); // what List.hashCode specifies, without an iterator
    }
  }

  @Override
  public boolean equals(Object other) {
    // The revision first: it is the cheapest part, and the one two policies of a resource usually differ in.
    return other == this
        || other instanceof ResourcePolicy that
            && Objects.equals(revision, that.revision)
            && resource.equals(that.resource)
            && statements.equals(that.statements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(resource, statements, revision);
  }

  @Override
  public String toString() {
    return "ResourcePolicy[" + resource + " @" + revision + ' ' + statements + ']';
  }
}

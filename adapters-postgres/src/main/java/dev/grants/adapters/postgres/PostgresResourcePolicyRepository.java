package dev.grants.adapters.postgres;

import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.revision.RevisionId;
import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.ports.out.RevisionConflict;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resource policies in the table {@code resource_policies}, one row per resource ARN. A commit is one conditional
 * statement whose row count decides: {@code UPDATE ... WHERE resource = ? AND revision = ?} from a stored policy,
 * {@code INSERT ... ON CONFLICT DO NOTHING} from none, so it is atomic as {@link ResourcePolicyRepository}
 * requires whatever the isolation level, and across every process on the database. A lost commit reads the
 * policy stored now for its answer.
 *
 * <p><b>Reads.</b> The repository remembers the last policy it read or committed for each resource (a bounded
 * number of them) and reads the statements of a policy only when its stored revision is another: the statement
 * column is left out of the answer ({@code CASE WHEN revision = ? THEN NULL ELSE statements END}) when the revision
 * is the one remembered. This rests on what {@code IdGenerator} promises and what the compare-and-set rests on
 * already: a revision id names one state of one policy, never two.
 *
 * <pre>{@code
 * ResourcePolicyRepository policies = PostgresStore.create(dataSource).resourcePolicies();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class PostgresResourcePolicyRepository implements ResourcePolicyRepository {
  /** How many resources' policies are remembered at most; past it, all are forgotten and read again. */
  static final int REMEMBERED = 10_000;

  private final Database database;
  private final ConcurrentHashMap<Arn, ResourcePolicy> remembered = new ConcurrentHashMap<>();
  private final String selectSql;
  private final String insertSql;
  private final String updateSql;
  private final String deleteSql;

  PostgresResourcePolicyRepository(Database database) {
    this.database = database;
    String table = database.table("resource_policies");
    this.selectSql = "SELECT revision, CASE WHEN revision = ? THEN NULL ELSE statements END FROM " + table
        + " WHERE resource = ?";
    this.insertSql = "INSERT INTO " + table + " (resource, revision, statements) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
    this.updateSql = "UPDATE " + table + " SET revision = ?, statements = ? WHERE resource = ? AND revision = ?";
    this.deleteSql = "DELETE FROM " + table + " WHERE resource = ?";
  }

  @Override
  public ResourcePolicy find(Arn resource) {
    Objects.requireNonNull(resource, "resource");
    return database.autoCommit("reading the policy of " + resource, connection -> read(connection, resource));
  }

  @Override
  public Either<RevisionConflict, ResourcePolicy> commit(ResourcePolicy base, ResourcePolicy next) {
    ResourcePolicyRepository.requireCommittable(base, next);
    String key = base.resource().toString();
    String statements = StoredStatements.encode(next.statements());
    String revision = next.revision().get().value();
    return database.autoCommit("committing the policy of " + base.resource(), connection -> {
      while (true) {
        int changed;
        if (!base.exists()) {
          try (PreparedStatement insert = database.prepare(connection, insertSql)) {
            insert.setString(1, key);
            insert.setString(2, revision);
            insert.setString(3, statements);
            changed = insert.executeUpdate();
          }
        } else {
          try (PreparedStatement update = database.prepare(connection, updateSql)) {
            update.setString(1, revision);
            update.setString(2, statements);
            update.setString(3, key);
            update.setString(4, base.revision().get().value());
            changed = update.executeUpdate();
          }
        }
        if (changed == 1) {
          remember(next);
          return Either.right(next);
        }
        // Lost: the answer is the policy stored now. Should that be the base again (a policy deleted between the
        // two statements, when the base is none), the commit would win now, so it is tried again.
        ResourcePolicy current = read(connection, base.resource());
        if (!current.revision().equals(base.revision())) {
          return Either.left(new RevisionConflict(current));
        }
      }
    });
  }

  @Override
  public void delete(Arn resource) {
    Objects.requireNonNull(resource, "resource");
    database.autoCommit("deleting the policy of " + resource, connection -> {
      try (PreparedStatement delete = database.prepare(connection, deleteSql)) {
        delete.setString(1, resource.toString());
        return delete.executeUpdate();
      } finally {
        remembered.remove(resource);
      }
    });
  }

  private ResourcePolicy read(Connection connection, Arn resource) throws SQLException {
    ResourcePolicy known = remembered(resource);
    try (PreparedStatement select = database.prepare(connection, selectSql)) {
      select.setString(1, revisionOf(known));
      select.setString(2, resource.toString());
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return ResourcePolicy.none(resource);
        }
        return restore(resource, known, row.getString(1), row.getString(2));
      }
    }
  }

  /** The policy remembered for {@code resource}, or {@code null}: a read sends its revision ({@link #revisionOf}). */
  ResourcePolicy remembered(Arn resource) {
    return remembered.get(resource);
  }

  /** The revision of {@code known} to send with a read, {@code null} for none: the column is never NULL. */
  static String revisionOf(ResourcePolicy known) {
    return known == null ? null : known.revision().get().value();
  }

  /**
   * The policy of {@code resource} from its stored revision and statements, read with {@code known}'s revision:
   * none when the revision is null, {@code known} itself when the statements were left out (the stored revision is
   * its), and otherwise the statements read, remembered from now on.
   */
  ResourcePolicy restore(Arn resource, ResourcePolicy known, String revision, String statements) {
    if (revision == null) {
      return ResourcePolicy.none(resource);
    }
    if (statements == null) {
      if (known != null && known.revision().get().value().equals(revision)) {
        return known;
      }
      throw new PostgresStoreException("the policy of " + resource + " was read without its statements");
    }
    try {
      ResourcePolicy read = ResourcePolicy.restore(resource, StoredStatements.decode(statements), RevisionId.of(revision));
      remember(read);
      return read;
    } catch (IllegalArgumentException | IllegalStateException corrupt) {
      throw new PostgresStoreException("the stored policy of " + resource + " is not one Grants wrote: "
          + corrupt.getMessage());
    }
  }

  private void remember(ResourcePolicy policy) {
    if (remembered.size() >= REMEMBERED) {
      remembered.clear();
    }
    remembered.put(policy.resource(), policy);
  }
}

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

/**
 * Resource policies in the table {@code resource_policies}, one row per resource ARN. A commit is one conditional
 * statement whose row count decides: {@code UPDATE ... WHERE resource = ? AND revision = ?} from a stored policy,
 * {@code INSERT ... ON CONFLICT DO NOTHING} from none, so it is atomic as {@link ResourcePolicyRepository}
 * requires whatever the isolation level, and across every process on the database. A lost commit reads the
 * policy stored now for its answer.
 *
 * <pre>{@code
 * ResourcePolicyRepository policies = PostgresStore.create(dataSource).resourcePolicies();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class PostgresResourcePolicyRepository implements ResourcePolicyRepository {
  private final Database database;
  private final String selectSql;
  private final String insertSql;
  private final String updateSql;
  private final String deleteSql;

  PostgresResourcePolicyRepository(Database database) {
    this.database = database;
    String table = database.table("resource_policies");
    this.selectSql = "SELECT revision, statements FROM " + table + " WHERE resource = ?";
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
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(next, "next");
    if (!base.resource().equals(next.resource())) {
      throw new IllegalArgumentException("base and next are policies of different resources");
    }
    if (!next.exists()) {
      throw new IllegalArgumentException("a committed policy has a revision");
    }
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
      }
    });
  }

  private ResourcePolicy read(Connection connection, Arn resource) throws SQLException {
    try (PreparedStatement select = database.prepare(connection, selectSql)) {
      select.setString(1, resource.toString());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? restore(resource, row.getString(1), row.getString(2)) : ResourcePolicy.none(resource);
      }
    }
  }

  /** The policy of {@code resource} from its stored revision and statements; none when the revision is null. */
  static ResourcePolicy restore(Arn resource, String revision, String statements) {
    if (revision == null) {
      return ResourcePolicy.none(resource);
    }
    try {
      return ResourcePolicy.restore(resource, StoredStatements.decode(statements), RevisionId.of(revision));
    } catch (IllegalArgumentException | IllegalStateException corrupt) {
      throw new PostgresStoreException("the stored policy of " + resource + " is not one Grants wrote: "
          + corrupt.getMessage());
    }
  }
}

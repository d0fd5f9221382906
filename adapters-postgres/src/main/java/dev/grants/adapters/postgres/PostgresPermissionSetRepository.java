package dev.grants.adapters.postgres;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisionedAccount;
import dev.grants.domain.provisioning.Tag;
import dev.grants.domain.provisioning.TaggableArn;
import dev.grants.ports.out.PermissionSetRepository;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Identity Center instances ({@code instances}, one per owner by a unique key), permission sets
 * ({@code permission_sets}, names unique per instance) and the version of each provisioned to each account
 * ({@code provisioned_accounts}, which a foreign key ties to its permission set: deleting the set deletes them,
 * and a record for a set that is gone, or going, is refused by the database itself). Inserts are
 * {@code INSERT ... ON CONFLICT DO NOTHING}; a replace is one {@code UPDATE} that compares every column with the
 * base. Tags are in {@code instance_tags} and {@code permission_set_tags}, tied to their resource the same way; a
 * change of tags is one transaction that first locks its resource's row, so changes of one resource's tags are
 * serialized and the limit is checked on what is really there.
 *
 * <pre>{@code
 * PermissionSetRepository directory = PostgresStore.create(dataSource).permissionSets();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class PostgresPermissionSetRepository implements PermissionSetRepository {
  private static final List<String> SET_VALUES = List.of("instance_arn", "permission_set_name", "description",
      "session_duration", "relay_state", "inline_policy", "created_date", "definition_version", "attached_policies");

  private final Database database;
  private final String insertInstanceSql;
  private final String selectInstanceSql;
  private final String instancesOfSql;
  private final String insertSetSql;
  private final String selectSetSql;
  private final String replaceSetSql;
  private final String deleteSetSql;
  private final String raiseProvisionedSql;
  private final String insertProvisionedSql;
  private final String accountsSql;
  private final String setsOfAccountSql;
  private final String setsOfInstanceSql;
  private final TagTable instanceTags;
  private final TagTable setTags;

  PostgresPermissionSetRepository(Database database) {
    this.database = database;
    String instances = database.table("instances");
    String sets = database.table("permission_sets");
    String provisioned = database.table("provisioned_accounts");
    String instanceColumns = "arn, owner, instance_name, identity_store_id, created_date";
    this.insertInstanceSql = "INSERT INTO " + instances + " (" + instanceColumns + ") VALUES (?, ?, ?, ?, ?)"
        + " ON CONFLICT DO NOTHING";
    this.selectInstanceSql = "SELECT " + instanceColumns + " FROM " + instances + " WHERE arn = ?";
    this.instancesOfSql = "SELECT " + instanceColumns + " FROM " + instances + " WHERE owner = ?";
    this.insertSetSql = "INSERT INTO " + sets + " (arn, " + String.join(", ", SET_VALUES) + ") VALUES (?"
        + ", ?".repeat(SET_VALUES.size()) + ") ON CONFLICT DO NOTHING";
    this.selectSetSql = "SELECT arn, " + String.join(", ", SET_VALUES) + " FROM " + sets + " WHERE arn = ?";
    this.replaceSetSql = "UPDATE " + sets + " SET "
        + String.join(", ", SET_VALUES.stream().map(column -> column + " = ?").toList())
        + " WHERE arn = ? AND "
        + String.join(" AND ", SET_VALUES.stream().map(column -> column + " IS NOT DISTINCT FROM ?").toList());
    this.deleteSetSql = "DELETE FROM " + sets + " WHERE arn = ?";
    this.raiseProvisionedSql = "UPDATE " + provisioned + " SET version = ?"
        + " WHERE permission_set_arn = ? AND account = ? AND version < ?";
    this.insertProvisionedSql = "INSERT INTO " + provisioned + " (permission_set_arn, account, instance_arn, version)"
        + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
    this.accountsSql = "SELECT account, version FROM " + provisioned + " WHERE permission_set_arn = ?"
        + " ORDER BY first_provisioned";
    this.setsOfAccountSql = "SELECT permission_set_arn, version FROM " + provisioned
        + " WHERE account = ? AND instance_arn = ? ORDER BY first_provisioned";
    this.setsOfInstanceSql = "SELECT arn, " + String.join(", ", SET_VALUES) + " FROM " + sets
        + " WHERE instance_arn = ? ORDER BY created_order";
    this.instanceTags = new TagTable(instances, database.table("instance_tags"));
    this.setTags = new TagTable(sets, database.table("permission_set_tags"));
  }

  // --- instances ----------------------------------------------------------------------------------------------

  @Override
  public boolean insertInstance(Instance instance, List<Tag> tags) {
    return database.transaction("inserting the instance " + instance.arn(), connection -> {
      try (PreparedStatement insert = database.prepare(connection, insertInstanceSql)) {
        insert.setString(1, instance.arn().toString());
        insert.setString(2, instance.owner().value());
        insert.setString(3, StoredText.encode(instance.name()));
        insert.setString(4, instance.identityStoreId());
        Columns.setInstant(insert, 5, instance.createdDate());
        if (insert.executeUpdate() != 1) {
          return false;
        }
      }
      instanceTags.put(connection, instance.arn(), tags);
      return true;
    });
  }

  @Override
  public Option<Instance> findInstance(InstanceArn arn) {
    return database.autoCommit("reading the instance " + arn, connection -> {
      List<Instance> found = instances(connection, selectInstanceSql, arn.toString());
      return found.isEmpty() ? Option.none() : Option.some(found.get(0));
    });
  }

  @Override
  public List<Instance> instancesOf(AccountId owner) {
    return database.autoCommit("reading the instances of " + owner,
        connection -> instances(connection, instancesOfSql, owner.value()));
  }

  private List<Instance> instances(Connection connection, String sql, String key) throws SQLException {
    try (PreparedStatement select = database.prepare(connection, sql)) {
      select.setString(1, key);
      try (ResultSet row = select.executeQuery()) {
        List<Instance> found = new ArrayList<>(1);
        while (row.next()) {
          String arn = row.getString("arn");
          try {
            found.add(new Instance(InstanceArn.parse(arn).getOrElseThrow(() -> new IllegalStateException("ARN")),
                AccountId.of(row.getString("owner")), StoredText.decode(row.getString("instance_name")),
                row.getString("identity_store_id"), Columns.instant(row, "created_date")));
          } catch (IllegalArgumentException | IllegalStateException corrupt) {
            throw new PostgresStoreException("the stored instance " + arn + " is not one Grants wrote: "
                + corrupt.getMessage());
          }
        }
        return found;
      }
    }
  }

  // --- permission sets ------------------------------------------------------------------------------------------

  @Override
  public boolean insertPermissionSet(PermissionSet permissionSet, List<Tag> tags) {
    return database.transaction("inserting the permission set " + permissionSet.arn(), connection -> {
      try (PreparedStatement insert = database.prepare(connection, insertSetSql)) {
        insert.setString(1, permissionSet.arn().toString());
        values(insert, 2, permissionSet);
        if (insert.executeUpdate() != 1) {
          return false;
        }
      }
      setTags.put(connection, permissionSet.arn(), tags);
      return true;
    });
  }

  @Override
  public List<PermissionSet> permissionSetsOf(InstanceArn instance) {
    return database.autoCommit("reading the permission sets of " + instance, connection -> {
      try (PreparedStatement select = database.prepare(connection, setsOfInstanceSql)) {
        select.setString(1, instance.toString());
        try (ResultSet row = select.executeQuery()) {
          List<PermissionSet> found = new ArrayList<>();
          while (row.next()) {
            String arn = row.getString("arn");
            found.add(permissionSet(PermissionSetArn.parse(arn).getOrElseThrow(() -> new PostgresStoreException(
                "the stored permission set ARN " + arn + " is not one Grants wrote")), row));
          }
          return found;
        }
      }
    });
  }

  @Override
  public Option<PermissionSet> findPermissionSet(PermissionSetArn arn) {
    return database.autoCommit("reading the permission set " + arn, connection -> {
      try (PreparedStatement select = database.prepare(connection, selectSetSql)) {
        select.setString(1, arn.toString());
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? Option.some(permissionSet(arn, row)) : Option.none();
        }
      }
    });
  }

  @Override
  public boolean replacePermissionSet(PermissionSet base, PermissionSet next) {
    if (!base.arn().equals(next.arn())) {
      throw new IllegalArgumentException("base and next are different permission sets");
    }
    return database.autoCommit("replacing the permission set " + base.arn(), connection -> {
      try (PreparedStatement replace = database.prepare(connection, replaceSetSql)) {
        int at = values(replace, 1, next);
        replace.setString(at, base.arn().toString());
        values(replace, at + 1, base);
        return replace.executeUpdate() == 1;
      }
    });
  }

  @Override
  public boolean deletePermissionSet(PermissionSetArn arn) {
    // Its provisioning records go with it: the foreign key cascades, in the same statement.
    return database.autoCommit("deleting the permission set " + arn, connection -> {
      try (PreparedStatement delete = database.prepare(connection, deleteSetSql)) {
        delete.setString(1, arn.toString());
        return delete.executeUpdate() == 1;
      }
    });
  }

  private static int values(PreparedStatement statement, int at, PermissionSet set) throws SQLException {
    statement.setString(at++, set.arn().instance().toString());
    statement.setString(at++, set.name());
    Columns.setText(statement, at++, set.description());
    statement.setString(at++, set.sessionDuration());
    Columns.setText(statement, at++, set.relayState());
    Columns.setText(statement, at++, set.inlinePolicy());
    Columns.setInstant(statement, at++, set.createdDate());
    statement.setLong(at++, set.definitionVersion());
    statement.setString(at++, StoredPolicies.encode(set.policies()));
    return at;
  }


  private static PermissionSet permissionSet(PermissionSetArn arn, ResultSet row) throws SQLException {
    try {
      return new PermissionSet(arn, row.getString("permission_set_name"),
          StoredText.decode(row.getString("description")), row.getString("session_duration"),
          StoredText.decode(row.getString("relay_state")), StoredText.decode(row.getString("inline_policy")),
          Columns.instant(row, "created_date"), row.getLong("definition_version"),
          StoredPolicies.decode(row.getString("attached_policies")));
    } catch (IllegalArgumentException | IllegalStateException corrupt) {
      throw new PostgresStoreException("the stored permission set " + arn + " is not one Grants wrote: "
          + corrupt.getMessage());
    }
  }

  // --- provisioned accounts -------------------------------------------------------------------------------------

  @Override
  public void recordProvisioned(PermissionSetArn permissionSet, AccountId account, long version) {
    database.autoCommit("recording " + permissionSet + " provisioned to " + account, connection -> {
      if (raise(connection, permissionSet, account, version)) {
        return null;
      }
      try (PreparedStatement insert = database.prepare(connection, insertProvisionedSql)) {
        insert.setString(1, permissionSet.toString());
        insert.setString(2, account.value());
        insert.setString(3, permissionSet.instance().toString());
        insert.setLong(4, version);
        if (insert.executeUpdate() == 1) {
          return null;
        }
      } catch (SQLException refused) {
        if (Database.FOREIGN_KEY_VIOLATION.equals(refused.getSQLState())) {
          return null; // no such permission set (any more): nothing is recorded
        }
        throw refused;
      }
      // Recorded meanwhile by another call, perhaps with a lower version.
      raise(connection, permissionSet, account, version);
      return null;
    });
  }

  private boolean raise(Connection connection, PermissionSetArn permissionSet, AccountId account, long version)
      throws SQLException {
    try (PreparedStatement raise = database.prepare(connection, raiseProvisionedSql)) {
      raise.setLong(1, version);
      raise.setString(2, permissionSet.toString());
      raise.setString(3, account.value());
      raise.setLong(4, version);
      return raise.executeUpdate() == 1;
    }
  }

  @Override
  public List<ProvisionedAccount> provisionedAccounts(PermissionSetArn permissionSet) {
    return database.autoCommit("reading the accounts " + permissionSet + " is provisioned to", connection -> {
      try (PreparedStatement select = database.prepare(connection, accountsSql)) {
        select.setString(1, permissionSet.toString());
        try (ResultSet row = select.executeQuery()) {
          List<ProvisionedAccount> found = new ArrayList<>();
          while (row.next()) {
            found.add(new ProvisionedAccount(permissionSet, AccountId.of(row.getString(1)), row.getLong(2)));
          }
          return found;
        }
      }
    });
  }

  @Override
  public List<ProvisionedAccount> provisionedTo(InstanceArn instance, AccountId account) {
    return database.autoCommit("reading the permission sets provisioned to " + account, connection -> {
      try (PreparedStatement select = database.prepare(connection, setsOfAccountSql)) {
        select.setString(1, account.value());
        select.setString(2, instance.toString());
        try (ResultSet row = select.executeQuery()) {
          List<ProvisionedAccount> found = new ArrayList<>();
          while (row.next()) {
            String arn = row.getString(1);
            PermissionSetArn set = PermissionSetArn.parse(arn).getOrElseThrow(() -> new PostgresStoreException(
                "the stored permission set ARN " + arn + " is not one Grants wrote"));
            found.add(new ProvisionedAccount(set, account, row.getLong(2)));
          }
          return found;
        }
      }
    });
  }

  // --- tags -----------------------------------------------------------------------------------------------------

  @Override
  public Option<List<Tag>> tagsOf(TaggableArn resource) {
    return database.autoCommit("reading the tags of " + resource, connection -> table(resource).read(connection, resource));
  }

  @Override
  public TagOutcome tag(TaggableArn resource, List<Tag> tags, int limit) {
    TagTable table = table(resource);
    return database.transaction("tagging " + resource, connection -> {
      if (!table.lock(connection, resource)) {
        return TagOutcome.NOT_FOUND;
      }
      Set<String> keys = new HashSet<>();
      table.read(connection, resource).get().forEach(tag -> keys.add(tag.key()));
      tags.forEach(tag -> keys.add(tag.key()));
      if (keys.size() > limit) {
        return TagOutcome.OVER_LIMIT;
      }
      table.put(connection, resource, tags);
      return TagOutcome.TAGGED;
    });
  }

  @Override
  public boolean untag(TaggableArn resource, Collection<String> keys) {
    TagTable table = table(resource);
    return database.transaction("untagging " + resource, connection -> {
      if (!table.lock(connection, resource)) {
        return false;
      }
      table.remove(connection, resource, keys);
      return true;
    });
  }

  private TagTable table(TaggableArn resource) {
    return resource instanceof PermissionSetArn ? setTags : instanceTags;
  }

  /** The statements on one kind of resource's tags: its own table and the table of the resources themselves. */
  private final class TagTable {
    private final String lockSql;
    private final String readSql;
    private final String upsertSql;
    private final String deleteSql;

    TagTable(String resources, String tags) {
      this.lockSql = "SELECT arn FROM " + resources + " WHERE arn = ? FOR UPDATE";
      // One statement, so that "the resource exists" and "these are its tags" are read at once.
      this.readSql = "SELECT r.arn, t.tag_key, t.tag_value FROM " + resources + " r LEFT JOIN " + tags
          + " t ON t.resource_arn = r.arn WHERE r.arn = ? ORDER BY t.first_set";
      this.upsertSql = "INSERT INTO " + tags + " (resource_arn, tag_key, tag_value) VALUES (?, ?, ?)"
          + " ON CONFLICT (resource_arn, tag_key) DO UPDATE SET tag_value = EXCLUDED.tag_value";
      this.deleteSql = "DELETE FROM " + tags + " WHERE resource_arn = ? AND tag_key = ?";
    }

    boolean lock(Connection connection, TaggableArn resource) throws SQLException {
      try (PreparedStatement lock = database.prepare(connection, lockSql)) {
        lock.setString(1, resource.toString());
        try (ResultSet row = lock.executeQuery()) {
          return row.next();
        }
      }
    }

    Option<List<Tag>> read(Connection connection, TaggableArn resource) throws SQLException {
      try (PreparedStatement select = database.prepare(connection, readSql)) {
        select.setString(1, resource.toString());
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            return Option.none();
          }
          List<Tag> found = new ArrayList<>();
          do {
            String key = row.getString(2);
            if (key != null) {
              found.add(new Tag(StoredText.decode(key), StoredText.decode(row.getString(3))));
            }
          } while (row.next());
          return Option.some(found);
        }
      }
    }

    void put(Connection connection, TaggableArn resource, List<Tag> tags) throws SQLException {
      if (tags.isEmpty()) {
        return;
      }
      try (PreparedStatement upsert = database.prepare(connection, upsertSql)) {
        for (Tag tag : tags) {
          upsert.setString(1, resource.toString());
          upsert.setString(2, StoredText.encode(tag.key()));
          upsert.setString(3, StoredText.encode(tag.value()));
          upsert.addBatch();
        }
        upsert.executeBatch();
      }
    }

    void remove(Connection connection, TaggableArn resource, Collection<String> keys) throws SQLException {
      try (PreparedStatement delete = database.prepare(connection, deleteSql)) {
        for (String key : keys) {
          delete.setString(1, resource.toString());
          delete.setString(2, StoredText.encode(key));
          delete.addBatch();
        }
        delete.executeBatch();
      }
    }
  }
}

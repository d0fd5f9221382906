package dev.grants.adapters.postgres;

import dev.grants.domain.layer.LayerArn;
import dev.grants.domain.layer.LayerContent;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.domain.layer.LayerVersionFilter;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Partition;
import dev.grants.ports.out.LayerVersionRepository;
import dev.grants.ports.out.ResourcePolicyRepository;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Layer versions in the table {@code layer_versions}, their numbers in {@code layer_version_numbers}: a publish
 * raises the layer's last number and inserts the version in one transaction, so concurrent publishes (from any
 * process) get distinct numbers and a number is never reused. {@link #findPolicy} reads a version and its policy
 * in one statement when given this store's own policy repository.
 *
 * <pre>{@code
 * LayerVersionRepository versions = PostgresStore.create(dataSource).layerVersions();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class PostgresLayerVersionRepository implements LayerVersionRepository {
  private static final String COLUMNS = "arn, layer, partition_name, region, account, layer_name, version,"
      + " description, created_date, code_sha256, code_size, compatible_runtimes, license_info,"
      + " compatible_architectures";

  private final Database database;
  private final PostgresResourcePolicyRepository policies;
  private final String raiseNumberSql;
  private final String firstNumberSql;
  private final String lastNumberSql;
  private final String insertSql;
  private final String selectSql;
  private final String selectWithPolicySql;
  private final String deleteSql;
  private final String versionsTable;

  PostgresLayerVersionRepository(Database database, PostgresResourcePolicyRepository policies) {
    this.database = database;
    this.policies = policies;
    String numbers = database.table("layer_version_numbers");
    String versions = database.table("layer_versions");
    this.raiseNumberSql = "UPDATE " + numbers + " SET last_number = last_number + 1 WHERE layer = ?";
    this.firstNumberSql = "INSERT INTO " + numbers + " (layer, last_number) VALUES (?, 1) ON CONFLICT DO NOTHING";
    this.lastNumberSql = "SELECT last_number FROM " + numbers + " WHERE layer = ?";
    this.insertSql = "INSERT INTO " + versions + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    this.selectSql = "SELECT " + COLUMNS + " FROM " + versions + " WHERE arn = ?";
    this.selectWithPolicySql = "SELECT v.arn, p.revision, CASE WHEN p.revision = ? THEN NULL ELSE p.statements END"
        + " FROM " + versions + " v LEFT JOIN "
        + database.table("resource_policies") + " p ON p.resource = v.arn WHERE v.arn = ?";
    this.deleteSql = "DELETE FROM " + versions + " WHERE arn = ?";
    this.versionsTable = versions;
  }

  @Override
  public LayerVersion publishNext(LayerArn layer, LongFunction<LayerVersion> build) {
    String key = layer.toString();
    return database.transaction("publishing a version of " + layer, connection -> {
      long number = nextNumber(connection, key);
      LayerVersion version = build.apply(number);
      if (!version.arn().equals(layer.version(number))) {
        throw new IllegalArgumentException("built " + version.arn() + " for " + layer.version(number));
      }
      try (PreparedStatement insert = database.prepare(connection, insertSql)) {
        LayerVersionArn arn = version.arn();
        insert.setString(1, arn.toString());
        insert.setString(2, key);
        insert.setString(3, layer.partition().name());
        insert.setString(4, layer.region());
        insert.setString(5, layer.account().value());
        insert.setString(6, layer.name());
        insert.setLong(7, arn.version());
        insert.setString(8, StoredText.encode(version.description()));
        Columns.setInstant(insert, 9, version.createdDate());
        insert.setString(10, version.content().codeSha256());
        insert.setLong(11, version.content().codeSize());
        insert.setString(12, StoredJson.stringList(version.compatibleRuntimes()));
        insert.setString(13, StoredText.encode(version.licenseInfo()));
        insert.setString(14, StoredJson.stringList(version.compatibleArchitectures()));
        insert.executeUpdate();
      }
      return version;
    });
  }

  /** Raises the layer's last number, creating it at 1 for a first publish; the row stays locked until commit. */
  private long nextNumber(Connection connection, String layer) throws SQLException {
    while (true) {
      try (PreparedStatement raise = database.prepare(connection, raiseNumberSql)) {
        raise.setString(1, layer);
        if (raise.executeUpdate() == 1) {
          try (PreparedStatement last = database.prepare(connection, lastNumberSql)) {
            last.setString(1, layer);
            try (ResultSet row = last.executeQuery()) {
              row.next();
              return row.getLong(1);
            }
          }
        }
      }
      try (PreparedStatement first = database.prepare(connection, firstNumberSql)) {
        first.setString(1, layer);
        if (first.executeUpdate() == 1) {
          return 1;
        }
      }
      // Another publish created the layer's row between the two statements: raise it now.
    }
  }

  @Override
  public Option<LayerVersion> find(LayerVersionArn arn) {
    return database.autoCommit("reading " + arn, connection -> {
      try (PreparedStatement select = database.prepare(connection, selectSql)) {
        select.setString(1, arn.toString());
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? Option.some(version(row)) : Option.none();
        }
      }
    });
  }

  /**
   * The policy of version {@code arn}, if the version exists: one statement (the version joined with its policy)
   * when {@code policies} is this store's own, as the default's two reads otherwise.
   */
  @Override
  public Option<ResourcePolicy> findPolicy(LayerVersionArn arn, ResourcePolicyRepository policies) {
    if (policies != this.policies) {
      return LayerVersionRepository.super.findPolicy(arn, policies);
    }
    return database.autoCommit("reading the policy of " + arn, connection -> {
      Arn resource = arn.arn();
      ResourcePolicy known = this.policies.remembered(resource);
      try (PreparedStatement select = database.prepare(connection, selectWithPolicySql)) {
        select.setString(1, PostgresResourcePolicyRepository.revisionOf(known));
        select.setString(2, arn.toString());
        try (ResultSet row = select.executeQuery()) {
          return row.next()
              ? Option.some(this.policies.restore(resource, known, row.getString(2), row.getString(3)))
              : Option.none();
        }
      }
    });
  }

  @Override
  public List<LayerVersion> versions(LayerArn layer, LayerVersionFilter filter, long below, int limit) {
    String sql = "SELECT " + COLUMNS + " FROM " + versionsTable + " WHERE layer = ? AND version < ?"
        + matching("", filter) + " ORDER BY version DESC FETCH FIRST ? ROWS ONLY";
    return database.autoCommit("listing the versions of " + layer, connection -> {
      try (PreparedStatement select = database.prepare(connection, sql)) {
        select.setString(1, layer.toString());
        select.setLong(2, below);
        int next = bindFilter(select, 3, filter);
        select.setInt(next, limit);
        return rows(select);
      }
    });
  }

  /**
   * The newest matching version of each layer, in one statement: a version is its layer's newest match when no
   * newer version of the layer matches. Names compare byte by byte ({@code COLLATE "C"}), as {@link String#compareTo}
   * does on their ASCII, whatever the database's default collation.
   */
  @Override
  public List<LayerVersion> latestVersions(
      Partition partition, String region, AccountId account, LayerVersionFilter filter, String after, int limit) {
    String sql = "SELECT " + COLUMNS + " FROM " + versionsTable + " v WHERE account = ? AND region = ?"
        + " AND partition_name = ? AND layer_name COLLATE \"C\" > ?" + matching("", filter)
        + " AND NOT EXISTS (SELECT 1 FROM " + versionsTable + " w WHERE w.layer = v.layer AND w.version > v.version"
        + matching("w.", filter) + ") ORDER BY layer_name COLLATE \"C\" FETCH FIRST ? ROWS ONLY";
    return database.autoCommit("listing the layers of " + account + " in " + region, connection -> {
      try (PreparedStatement select = database.prepare(connection, sql)) {
        select.setString(1, account.value());
        select.setString(2, region);
        select.setString(3, partition.name());
        select.setString(4, after);
        int next = bindFilter(select, 5, filter);
        next = bindFilter(select, next, filter);
        select.setInt(next, limit);
        return rows(select);
      }
    });
  }

  /**
   * The conditions of {@code filter} on the columns of {@code alias}: the quoted name is found in the stored JSON
   * array (which writes runtimes and architectures, plain ASCII, as they are).
   */
  private static String matching(String alias, LayerVersionFilter filter) {
    return (filter.runtime() == null ? "" : " AND POSITION(? IN " + alias + "compatible_runtimes) > 0")
        + (filter.architecture() == null ? "" : " AND POSITION(? IN " + alias + "compatible_architectures) > 0");
  }

  /** Binds the parameters of {@link #matching} from {@code index}; returns the index after them. */
  private static int bindFilter(PreparedStatement select, int index, LayerVersionFilter filter) throws SQLException {
    int next = index;
    if (filter.runtime() != null) {
      select.setString(next++, '"' + filter.runtime() + '"');
    }
    if (filter.architecture() != null) {
      select.setString(next++, '"' + filter.architecture() + '"');
    }
    return next;
  }

  private static List<LayerVersion> rows(PreparedStatement select) throws SQLException {
    List<LayerVersion> found = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        found.add(version(row));
      }
    }
    return found;
  }

  @Override
  public boolean delete(LayerVersionArn arn) {
    return database.autoCommit("deleting " + arn, connection -> {
      try (PreparedStatement delete = database.prepare(connection, deleteSql)) {
        delete.setString(1, arn.toString());
        return delete.executeUpdate() == 1;
      }
    });
  }

  private static LayerVersion version(ResultSet row) throws SQLException {
    try {
      LayerArn layer = new LayerArn(Partition.of(row.getString("partition_name")), row.getString("region"),
          AccountId.of(row.getString("account")), row.getString("layer_name"));
      return new LayerVersion(
          layer.version(row.getLong("version")),
          StoredText.decode(row.getString("description")),
          Columns.instant(row, "created_date"),
          new LayerContent(row.getString("code_sha256"), row.getLong("code_size")),
          StoredJson.parseStringList(row.getString("compatible_runtimes")),
          StoredText.decode(row.getString("license_info")),
          StoredJson.parseStringList(row.getString("compatible_architectures")));
    } catch (IllegalArgumentException | IllegalStateException corrupt) {
      throw new PostgresStoreException("the stored layer version " + row.getString("arn")
          + " is not one Grants wrote: " + corrupt.getMessage());
    }
  }
}

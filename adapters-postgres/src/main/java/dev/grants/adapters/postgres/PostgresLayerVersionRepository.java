package dev.grants.adapters.postgres;

import dev.grants.domain.layer.LayerArn;
import dev.grants.domain.layer.LayerContent;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionArn;
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

package dev.grants.adapters.postgres;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.signer.SigningPlatform;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.domain.signer.SigningProfileStatus;
import dev.grants.ports.out.SigningProfileRepository;
import io.vavr.control.Option;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Signing profiles in the table {@code signing_profiles}, one row per profile ARN. An insert is
 * {@code INSERT ... ON CONFLICT DO NOTHING}; a replace is one {@code UPDATE} whose {@code WHERE} compares every
 * column with the base ({@code IS NOT DISTINCT FROM}, so absent parts compare too), so it stores the new profile
 * only if the whole stored one equals the base, as {@link SigningProfileRepository} requires.
 *
 * <pre>{@code
 * SigningProfileRepository profiles = PostgresStore.create(dataSource).signingProfiles();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class PostgresSigningProfileRepository implements SigningProfileRepository {
  // Every column but the key, in the order values() writes them.
  private static final List<String> VALUES = List.of("partition_name", "region", "account", "profile_name",
      "platform_id", "profile_version", "status", "certificate_arn", "validity_value", "validity_type",
      "has_overrides", "encryption_algorithm", "hash_algorithm", "signing_image_format", "signing_parameters", "tags",
      "revocation_effective_from", "revoked_at", "revoked_by");

  private final Database database;
  private final String selectSql;
  private final String ownedSql;
  private final String insertSql;
  private final String replaceSql;

  PostgresSigningProfileRepository(Database database) {
    this.database = database;
    String table = database.table("signing_profiles");
    this.selectSql = "SELECT " + String.join(", ", VALUES) + " FROM " + table + " WHERE arn = ?";
    // Ordered by name in the C collation: the order of Java's String.compareTo for the names' ASCII characters.
    this.ownedSql = "SELECT " + String.join(", ", VALUES) + " FROM " + table
        + " WHERE partition_name = ? AND region = ? AND account = ? ORDER BY profile_name COLLATE \"C\"";
    this.insertSql = "INSERT INTO " + table + " (arn, " + String.join(", ", VALUES) + ") VALUES (?"
        + ", ?".repeat(VALUES.size()) + ") ON CONFLICT DO NOTHING";
    this.replaceSql = "UPDATE " + table + " SET "
        + String.join(", ", VALUES.stream().map(column -> column + " = ?").toList())
        + " WHERE arn = ? AND "
        + String.join(" AND ", VALUES.stream().map(column -> column + " IS NOT DISTINCT FROM ?").toList());
  }

  @Override
  public Option<SigningProfile> find(SigningProfileArn arn) {
    return database.autoCommit("reading the signing profile " + arn, connection -> {
      try (PreparedStatement select = database.prepare(connection, selectSql)) {
        select.setString(1, arn.toString());
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? Option.some(profile(arn, row)) : Option.none();
        }
      }
    });
  }

  @Override
  public List<SigningProfile> ownedBy(Partition partition, String region, AccountId account) {
    return database.autoCommit("listing the signing profiles of " + account + " in " + region, connection -> {
      try (PreparedStatement select = database.prepare(connection, ownedSql)) {
        select.setString(1, partition.name());
        select.setString(2, region);
        select.setString(3, account.value());
        try (ResultSet row = select.executeQuery()) {
          List<SigningProfile> owned = new ArrayList<>();
          while (row.next()) {
            owned.add(profile(new SigningProfileArn(partition, region, account, row.getString("profile_name")), row));
          }
          return owned;
        }
      }
    });
  }

  @Override
  public boolean insert(SigningProfile profile) {
    return database.autoCommit("inserting the signing profile " + profile.arn(), connection -> {
      try (PreparedStatement insert = database.prepare(connection, insertSql)) {
        insert.setString(1, profile.arn().toString());
        values(insert, 2, profile);
        return insert.executeUpdate() == 1;
      }
    });
  }

  @Override
  public boolean replace(SigningProfile base, SigningProfile next) {
    if (!base.arn().equals(next.arn())) {
      throw new IllegalArgumentException("base and next are different profiles");
    }
    return database.autoCommit("replacing the signing profile " + base.arn(), connection -> {
      try (PreparedStatement replace = database.prepare(connection, replaceSql)) {
        int at = values(replace, 1, next);
        replace.setString(at, base.arn().toString());
        values(replace, at + 1, base);
        return replace.executeUpdate() == 1;
      }
    });
  }

  private static SigningProfile.RevocationRecord revocation(ResultSet row) throws SQLException {
    Instant effectiveFrom = Columns.instant(row, "revocation_effective_from");
    return effectiveFrom == null ? null : new SigningProfile.RevocationRecord(effectiveFrom,
        Columns.instant(row, "revoked_at"), StoredText.decode(row.getString("revoked_by")));
  }

  /** Sets the columns of {@link #VALUES} from {@code profile}, from parameter {@code at}; returns the next one. */
  private static int values(PreparedStatement statement, int at, SigningProfile profile) throws SQLException {
    SigningProfileArn arn = profile.arn();
    statement.setString(at++, arn.partition().name());
    statement.setString(at++, arn.region());
    statement.setString(at++, arn.account().value());
    statement.setString(at++, arn.name());
    statement.setString(at++, profile.platform().platformId());
    statement.setString(at++, profile.profileVersion());
    statement.setString(at++, profile.status().name());
    Columns.setText(statement, at++, profile.certificateArn());
    statement.setInt(at++, profile.validity().value());
    statement.setString(at++, profile.validity().type());
    SigningProfile.SigningOverrides overrides = profile.overrides();
    statement.setBoolean(at++, overrides != null);
    Columns.setText(statement, at++, overrides == null ? null : overrides.encryptionAlgorithm());
    Columns.setText(statement, at++, overrides == null ? null : overrides.hashAlgorithm());
    Columns.setText(statement, at++, overrides == null ? null : overrides.signingImageFormat());
    statement.setString(at++, StoredJson.stringMap(profile.signingParameters()));
    statement.setString(at++, StoredJson.stringMap(profile.tags()));
    SigningProfile.RevocationRecord revocation = profile.revocation();
    setInstant(statement, at++, revocation == null ? null : revocation.effectiveFrom());
    setInstant(statement, at++, revocation == null ? null : revocation.revokedAt());
    Columns.setText(statement, at++, revocation == null ? null : revocation.revokedBy());
    return at;
  }


  /** An instant, or a typed NULL that {@code IS NOT DISTINCT FROM ?} can compare with. */
  private static void setInstant(PreparedStatement statement, int at, Instant instant) throws SQLException {
    if (instant == null) {
      statement.setNull(at, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      Columns.setInstant(statement, at, instant);
    }
  }

  private static SigningProfile profile(SigningProfileArn arn, ResultSet row) throws SQLException {
    try {
      SigningProfileArn stored = new SigningProfileArn(Partition.of(row.getString("partition_name")),
          row.getString("region"), AccountId.of(row.getString("account")), row.getString("profile_name"));
      if (!stored.equals(arn)) {
        throw new IllegalStateException("the row of " + arn + " names " + stored);
      }
      String platformId = row.getString("platform_id");
      SigningPlatform platform = SigningPlatform.parse(platformId)
          .getOrElseThrow(() -> new IllegalStateException("unknown platform " + platformId));
      SigningProfile.SigningOverrides overrides = row.getBoolean("has_overrides")
          ? new SigningProfile.SigningOverrides(StoredText.decode(row.getString("encryption_algorithm")),
              StoredText.decode(row.getString("hash_algorithm")), StoredText.decode(row.getString("signing_image_format")))
          : null;
      return new SigningProfile(stored, platform, row.getString("profile_version"),
          SigningProfileStatus.valueOf(row.getString("status")), StoredText.decode(row.getString("certificate_arn")),
          new SigningProfile.SignatureValidity(row.getInt("validity_value"), row.getString("validity_type")),
          overrides, StoredJson.parseStringMap(row.getString("signing_parameters")),
          StoredJson.parseStringMap(row.getString("tags")), revocation(row));
    } catch (IllegalArgumentException | IllegalStateException corrupt) {
      throw new PostgresStoreException("the stored signing profile " + arn + " is not one Grants wrote: "
          + corrupt.getMessage());
    }
  }
}

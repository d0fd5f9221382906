package dev.grants.adapters.postgres;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningRequest.AccountAnswer;
import dev.grants.domain.provisioning.ProvisioningRequest.InProgress;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.ports.out.ClaimedWork;
import dev.grants.ports.out.ProvisioningRequestRepository;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Provisioning requests in the table {@code provisioning_requests}, with the accounts of a request in progress
 * and their answers in {@code provisioning_request_accounts}, one row per account.
 *
 * <p><b>Atomicity.</b> At most one request per permission set is in progress: its {@code in_progress_set}
 * column, unique, holds the permission set until the request ends, so a start is an
 * {@code INSERT ... ON CONFLICT DO NOTHING} whose row count decides. Every replace adds one to the request's
 * {@code state_version} with {@code UPDATE ... WHERE request_id = ? AND state_version = ?} in the same transaction
 * as its account rows, so of concurrent replaces from one state exactly one wins, in any number of processes.
 *
 * <p><b>Cost.</b> A fan-out to n accounts is answered n times, and each answer reads the request and replaces it.
 * So that this stays linear in n, the repository remembers the requests in progress it read or wrote with their
 * state version: a read that finds the version unchanged answers the remembered request (one row read), and a
 * replace from that very request writes only the answers it adds (one account row each). A version, once
 * committed, names one state forever (versions only rise), so what it remembers is never stale; anything else (a
 * request another process changed, a base it did not hand out) is read or compared whole.
 *
 * <p><b>Leases.</b> A pending account's row names the instance whose work it is ({@code claimed_by}) until
 * {@code lease_until}; leasing and taking over are conditional updates on those columns, so an account goes to one
 * instance per lapse, in any number of processes.
 *
 * <pre>{@code
 * ProvisioningRequestRepository requests = PostgresStore.create(dataSource).provisioningRequests();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class PostgresProvisioningRequestRepository implements ProvisioningRequestRepository {
  private static final int REMEMBERED = 4096;
  private static final int ACCOUNTS_PER_INSERT = 500;
  private static final int MAX_START_ATTEMPTS = 16;
  private static final String HEADER = "request_id, instance_arn, permission_set_arn, account, created_date, status,"
      + " failure_reason, deadline_seconds, deadline_nanos, definition_version, state_version";

  /** A request in progress as this repository last read or wrote it, under its state version. */
  private record Known(InProgress request, long version) {}

  /** A request as read: the request and its state version. */
  private record Stored(ProvisioningRequest request, long version) {}

  private final Database database;
  private final ConcurrentHashMap<String, Known> known = new ConcurrentHashMap<>();
  private final String requestsTable;
  private final String accountsTable;
  private final String insertSql;
  private final String byIdSql;
  private final String wholeSql;
  private final String inProgressSql;
  private final String ofInstanceSql;
  private final String allInProgressSql;
  private final String updateSql;
  private final String answerSql;
  private final String deleteAccountsSql;
  private final String leaseSql;
  private final String leasedSql;
  private final String renewSql;
  private final String claimableSql;
  private final String claimSql;

  PostgresProvisioningRequestRepository(Database database) {
    this.database = database;
    this.requestsTable = database.table("provisioning_requests");
    this.accountsTable = database.table("provisioning_request_accounts");
    this.insertSql = "INSERT INTO " + requestsTable + " (" + HEADER + ", in_progress_set)"
        + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ? WHERE NOT EXISTS"
        + " (SELECT 1 FROM " + requestsTable + " WHERE in_progress_set = ?) ON CONFLICT DO NOTHING";
    this.byIdSql = "SELECT " + HEADER + " FROM " + requestsTable + " WHERE request_id = ?";
    this.wholeSql = "SELECT " + prefixed("r", HEADER) + ", a.account AS answered_account, a.answer_order,"
        + " a.failure_reason AS answer_failure FROM " + requestsTable + " r LEFT JOIN " + accountsTable
        + " a ON a.request_id = r.request_id WHERE r.request_id = ? ORDER BY a.position";
    this.inProgressSql = "SELECT " + HEADER + " FROM " + requestsTable + " WHERE in_progress_set = ?";
    this.ofInstanceSql = "SELECT " + HEADER + " FROM " + requestsTable + " WHERE instance_arn = ? ORDER BY created_order";
    this.allInProgressSql = "SELECT " + HEADER + " FROM " + requestsTable + " WHERE in_progress_set IS NOT NULL"
        + " ORDER BY created_order";
    this.updateSql = "UPDATE " + requestsTable + " SET instance_arn = ?, permission_set_arn = ?, account = ?,"
        + " created_date = ?, status = ?, failure_reason = ?, deadline_seconds = ?, deadline_nanos = ?,"
        + " definition_version = ?, in_progress_set = ?, state_version = ? WHERE request_id = ? AND state_version = ?";
    this.answerSql = "UPDATE " + accountsTable + " SET answer_order = ?, failure_reason = ?"
        + " WHERE request_id = ? AND account = ? AND answer_order IS NULL";
    this.deleteAccountsSql = "DELETE FROM " + accountsTable + " WHERE request_id = ?";
    String free = " AND answer_order IS NULL AND (lease_until IS NULL OR lease_until <= ?)";
    this.leaseSql = "UPDATE " + accountsTable + " SET claimed_by = ?, lease_until = ? WHERE request_id = ?" + free;
    this.leasedSql = "SELECT account FROM " + accountsTable + " WHERE request_id = ? AND claimed_by = ?"
        + " AND lease_until = ? AND answer_order IS NULL ORDER BY position";
    this.renewSql = "UPDATE " + accountsTable + " SET lease_until = ? WHERE claimed_by = ? AND answer_order IS NULL";
    this.claimableSql = "SELECT request_id, account FROM " + accountsTable + " WHERE answer_order IS NULL"
        + " AND (lease_until IS NULL OR lease_until <= ?) ORDER BY request_id, position";
    this.claimSql = "UPDATE " + accountsTable + " SET claimed_by = ?, lease_until = ? WHERE request_id = ?"
        + " AND account = ?" + free;
  }

  private static String prefixed(String alias, String columns) {
    return String.join(", ", java.util.Arrays.stream(columns.split(", ")).map(column -> alias + '.' + column.trim())
        .toList());
  }

  // --- start ----------------------------------------------------------------------------------------------------

  @Override
  public Either<ProvisioningRequest, ProvisioningRequest> start(ProvisioningRequest request) {
    Objects.requireNonNull(request, "request");
    Either<ProvisioningRequest, ProvisioningRequest> outcome =
        database.transaction("starting the provisioning request " + request.requestId(), connection -> {
          for (int attempt = 0; attempt < MAX_START_ATTEMPTS; attempt++) {
            if (insert(connection, request)) {
              if (request instanceof InProgress running) {
                insertAccounts(connection, running);
              }
              return Either.<ProvisioningRequest, ProvisioningRequest>right(request);
            }
            Option<Stored> running = one(connection, inProgressSql, request.permissionSet().toString());
            if (running.isDefined()) {
              return Either.<ProvisioningRequest, ProvisioningRequest>left(running.get().request());
            }
            if (one(connection, byIdSql, request.requestId()).isDefined()) {
              throw new IllegalArgumentException("request " + request.requestId() + " exists");
            }
            // The request in progress ended between the two statements: start again.
          }
          throw new PostgresStoreException("starting " + request.requestId() + " kept racing with other requests");
        });
    if (outcome.isRight() && request instanceof InProgress running) {
      remember(new Known(running, 0));
    }
    return outcome;
  }

  private boolean insert(Connection connection, ProvisioningRequest request) throws SQLException {
    try (PreparedStatement insert = database.prepare(connection, insertSql)) {
      int at = 1;
      insert.setString(at++, request.requestId());
      at = header(insert, at, request);
      String running = request instanceof InProgress ? request.permissionSet().toString() : null;
      insert.setString(at++, running);
      insert.setString(at, request.permissionSet().toString());
      return insert.executeUpdate() == 1;
    }
  }

  /** Sets instance, set, account, created, status, failure, deadline and definition from {@code at}. */
  private static int header(PreparedStatement statement, int at, ProvisioningRequest request) throws SQLException {
    statement.setString(at++, request.instance().toString());
    statement.setString(at++, request.permissionSet().toString());
    statement.setString(at++, request.account() == null ? null : request.account().value());
    Columns.setInstant(statement, at++, request.createdDate());
    statement.setString(at++, request.status().name());
    statement.setString(at++, StoredText.encode(request.failureReason().getOrNull()));
    if (request instanceof InProgress running) {
      statement.setLong(at++, running.deadline().getEpochSecond());
      statement.setInt(at++, running.deadline().getNano());
      statement.setLong(at++, running.definitionVersion());
    } else {
      statement.setNull(at++, Types.BIGINT);
      statement.setNull(at++, Types.INTEGER);
      statement.setNull(at++, Types.BIGINT);
    }
    return at;
  }

  private void insertAccounts(Connection connection, InProgress request) throws SQLException {
    List<AccountId> accounts = request.accounts();
    java.util.Map<AccountId, Integer> order = new java.util.HashMap<>();
    java.util.Map<AccountId, String> failures = new java.util.HashMap<>();
    List<AccountAnswer> answers = request.answers();
    for (int i = 0; i < answers.size(); i++) {
      order.put(answers.get(i).account(), i);
      failures.put(answers.get(i).account(), answers.get(i).failureReason());
    }
    for (int from = 0; from < accounts.size(); from += ACCOUNTS_PER_INSERT) {
      int to = Math.min(accounts.size(), from + ACCOUNTS_PER_INSERT);
      StringBuilder sql = new StringBuilder("INSERT INTO ").append(accountsTable)
          .append(" (request_id, position, account, answer_order, failure_reason) VALUES ");
      for (int i = from; i < to; i++) {
        sql.append(i == from ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)");
      }
      try (PreparedStatement insert = database.prepare(connection, sql.toString())) {
        int at = 1;
        for (int i = from; i < to; i++) {
          AccountId account = accounts.get(i);
          insert.setString(at++, request.requestId());
          insert.setInt(at++, i);
          insert.setString(at++, account.value());
          Integer answered = order.get(account);
          if (answered == null) {
            insert.setNull(at++, Types.INTEGER);
          } else {
            insert.setInt(at++, answered);
          }
          insert.setString(at++, StoredText.encode(failures.get(account)));
        }
        insert.executeUpdate();
      }
    }
  }

  // --- reads ----------------------------------------------------------------------------------------------------

  @Override
  public Option<ProvisioningRequest> find(String requestId) {
    Objects.requireNonNull(requestId, "requestId");
    return database.autoCommit("reading the provisioning request " + requestId,
        connection -> one(connection, byIdSql, requestId).map(Stored::request));
  }

  @Override
  public Option<ProvisioningRequest> inProgress(PermissionSetArn permissionSet) {
    return database.autoCommit("reading the provisioning of " + permissionSet + " in progress",
        connection -> one(connection, inProgressSql, permissionSet.toString()).map(Stored::request));
  }

  @Override
  public List<ProvisioningRequest> requestsOf(InstanceArn instance) {
    return database.autoCommit("reading the provisioning requests of " + instance,
        connection -> all(connection, ofInstanceSql, instance.toString()));
  }

  @Override
  public List<ProvisioningRequest> allInProgress() {
    return database.autoCommit("reading the provisioning requests in progress",
        connection -> all(connection, allInProgressSql, null));
  }

  private Option<Stored> one(Connection connection, String sql, String key) throws SQLException {
    List<Stored> found = headers(connection, sql, key);
    return found.isEmpty() ? Option.none() : Option.some(found.get(0));
  }

  private List<ProvisioningRequest> all(Connection connection, String sql, String key) throws SQLException {
    List<ProvisioningRequest> found = new ArrayList<>();
    for (Stored stored : headers(connection, sql, key)) {
      found.add(stored.request());
    }
    return found;
  }

  /**
   * The requests the header query {@code sql} finds, each whole: an ended one from its row, one in progress as
   * remembered when its version is unchanged, and otherwise read again with its accounts in one statement (so that
   * header and accounts are of one state).
   */
  private List<Stored> headers(Connection connection, String sql, String key) throws SQLException {
    List<Stored> found = new ArrayList<>();
    List<String> toRead = new ArrayList<>();
    try (PreparedStatement select = database.prepare(connection, sql)) {
      if (key != null) {
        select.setString(1, key);
      }
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          String requestId = row.getString("request_id");
          long version = row.getLong("state_version");
          ProvisioningStatus status = status(row);
          if (status != ProvisioningStatus.IN_PROGRESS) {
            found.add(new Stored(ended(row, status), version));
            continue;
          }
          Known remembered = known.get(requestId);
          if (remembered != null && remembered.version() == version) {
            found.add(new Stored(remembered.request(), version));
          } else {
            found.add(null);
            toRead.add(requestId);
          }
        }
      }
    }
    int next = 0;
    for (int i = 0; i < found.size(); i++) {
      if (found.get(i) == null) {
        String requestId = toRead.get(next++);
        // Gone or ended since the header was read: the whole read answers its state now, or nothing.
        found.set(i, whole(connection, requestId).getOrNull());
      }
    }
    found.removeIf(Objects::isNull);
    return found;
  }

  /** The request {@code requestId} and its accounts, read in one statement. */
  private Option<Stored> whole(Connection connection, String requestId) throws SQLException {
    try (PreparedStatement select = database.prepare(connection, wholeSql)) {
      select.setString(1, requestId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Option.none();
        }
        long version = row.getLong("state_version");
        ProvisioningStatus status = status(row);
        if (status != ProvisioningStatus.IN_PROGRESS) {
          return Option.some(new Stored(ended(row, status), version));
        }
        PermissionSetArn set = permissionSet(row);
        String account = row.getString("account");
        Instant created = Columns.instant(row, "created_date");
        Instant deadline = Instant.ofEpochSecond(row.getLong("deadline_seconds"), row.getInt("deadline_nanos"));
        long definitionVersion = row.getLong("definition_version");
        List<AccountId> accounts = new ArrayList<>();
        List<int[]> orders = new ArrayList<>();
        List<AccountAnswer> answers = new ArrayList<>();
        do {
          String answered = row.getString("answered_account");
          if (answered == null) {
            continue; // a request in progress without accounts: corrupt, refused by restore below
          }
          AccountId id = AccountId.of(answered);
          accounts.add(id);
          int order = row.getInt("answer_order");
          if (!row.wasNull()) {
            String failure = StoredText.decode(row.getString("answer_failure"));
            orders.add(new int[] {order, answers.size()});
            answers.add(new AccountAnswer(id, failure));
          }
        } while (row.next());
        orders.sort(Comparator.comparingInt(pair -> pair[0]));
        List<AccountAnswer> inOrder = new ArrayList<>(answers.size());
        for (int[] pair : orders) {
          inOrder.add(answers.get(pair[1]));
        }
        try {
          InProgress request = InProgress.restore(requestId, set, account == null ? null : AccountId.of(account),
              created, deadline, definitionVersion, accounts, inOrder);
          remember(new Known(request, version));
          return Option.some(new Stored(request, version));
        } catch (IllegalArgumentException corrupt) {
          throw new PostgresStoreException("the stored provisioning request " + requestId
              + " is not one Grants wrote: " + corrupt.getMessage());
        }
      }
    }
  }

  private static ProvisioningStatus status(ResultSet row) throws SQLException {
    String status = row.getString("status");
    try {
      return ProvisioningStatus.valueOf(status);
    } catch (IllegalArgumentException corrupt) {
      throw new PostgresStoreException("a stored provisioning request has the status " + status);
    }
  }

  private static PermissionSetArn permissionSet(ResultSet row) throws SQLException {
    String arn = row.getString("permission_set_arn");
    return PermissionSetArn.parse(arn).getOrElseThrow(() -> new PostgresStoreException(
        "a stored provisioning request names the permission set " + arn));
  }

  private static ProvisioningRequest ended(ResultSet row, ProvisioningStatus status) throws SQLException {
    String requestId = row.getString("request_id");
    String account = row.getString("account");
    AccountId target = account == null ? null : AccountId.of(account);
    Instant created = Columns.instant(row, "created_date");
    if (status == ProvisioningStatus.SUCCEEDED) {
      return new ProvisioningRequest.Succeeded(requestId, permissionSet(row), target, created);
    }
    String reason = StoredText.decode(row.getString("failure_reason"));
    if (reason == null) {
      throw new PostgresStoreException("the failed provisioning request " + requestId + " has no reason");
    }
    return new ProvisioningRequest.Failed(requestId, permissionSet(row), target, created, reason);
  }

  // --- replace --------------------------------------------------------------------------------------------------

  @Override
  public boolean replace(ProvisioningRequest base, ProvisioningRequest next) {
    if (!base.requestId().equals(next.requestId())) {
      throw new IllegalArgumentException("base and next are different requests");
    }
    String requestId = base.requestId();
    Known remembered = known.get(requestId);
    long written = database.transaction("replacing the provisioning request " + requestId, connection -> {
      if (remembered != null && remembered.request() == base) {
        return write(connection, base, remembered.version(), next) ? remembered.version() + 1 : -1L;
      }
      Option<Stored> stored = whole(connection, requestId);
      if (stored.isEmpty() || !stored.get().request().equals(base)) {
        return -1L;
      }
      long version = stored.get().version();
      return write(connection, stored.get().request(), version, next) ? version + 1 : -1L;
    });
    if (written >= 0 && next instanceof InProgress running) {
      remember(new Known(running, written));
    } else {
      // Ended (nothing left to remember), or lost (what is remembered may be stale: the next read checks).
      known.remove(requestId);
    }
    return written >= 0;
  }

  /**
   * Stores {@code next} over {@code current} (the stored state at {@code version}) if the version is still
   * stored: the guarded header update, then the account rows (only the new answers when {@code next} adds answers
   * to {@code current}; none at all when it ended).
   */
  private boolean write(Connection connection, ProvisioningRequest current, long version, ProvisioningRequest next)
      throws SQLException {
    try (PreparedStatement update = database.prepare(connection, updateSql)) {
      int at = header(update, 1, next);
      update.setString(at++, next instanceof InProgress ? next.permissionSet().toString() : null);
      update.setLong(at++, version + 1);
      update.setString(at++, next.requestId());
      update.setLong(at, version);
      if (update.executeUpdate() != 1) {
        return false;
      }
    } catch (SQLException refused) {
      if (Database.UNIQUE_VIOLATION.equals(refused.getSQLState())) {
        return false; // next is in progress where another request of its permission set is: nothing is stored
      }
      throw refused;
    }
    if (!(next instanceof InProgress running)) {
      try (PreparedStatement delete = database.prepare(connection, deleteAccountsSql)) {
        delete.setString(1, next.requestId());
        delete.executeUpdate();
      }
      return true;
    }
    int from = current instanceof InProgress before ? addedFrom(before, running) : -1;
    if (from < 0) {
      try (PreparedStatement delete = database.prepare(connection, deleteAccountsSql)) {
        delete.setString(1, next.requestId());
        delete.executeUpdate();
      }
      insertAccounts(connection, running);
      return true;
    }
    List<AccountAnswer> answers = running.answers();
    for (int i = from; i < answers.size(); i++) {
      AccountAnswer answer = answers.get(i);
      try (PreparedStatement answered = database.prepare(connection, answerSql)) {
        answered.setInt(1, i);
        answered.setString(2, StoredText.encode(answer.failureReason()));
        answered.setString(3, next.requestId());
        answered.setString(4, answer.account().value());
        if (answered.executeUpdate() != 1) {
          throw new PostgresStoreException("the stored accounts of " + next.requestId() + " do not match its state");
        }
      }
    }
    return true;
  }

  /**
   * Where {@code next}'s answers go beyond {@code before}'s, when {@code next} is {@code before} with answers
   * added (the same request, accounts and earlier answers); -1 when it is anything else.
   */
  private static int addedFrom(InProgress before, InProgress next) {
    if (before.accounts() != next.accounts() && !before.accounts().equals(next.accounts())) {
      return -1;
    }
    if (!before.permissionSet().equals(next.permissionSet()) || before.definitionVersion() != next.definitionVersion()
        || !before.deadline().equals(next.deadline())) {
      return -1;
    }
    List<AccountAnswer> earlier = before.answers();
    List<AccountAnswer> later = next.answers();
    if (later.size() < earlier.size()) {
      return -1;
    }
    java.util.Iterator<AccountAnswer> a = earlier.iterator();
    java.util.Iterator<AccountAnswer> b = later.iterator();
    while (a.hasNext()) {
      AccountAnswer x = a.next();
      AccountAnswer y = b.next();
      if (x != y && !x.equals(y)) {
        return -1;
      }
    }
    return earlier.size();
  }

  // --- leases ---------------------------------------------------------------------------------------------------

  @Override
  public List<AccountId> lease(String requestId, String owner, Instant now, Instant until) {
    return database.transaction("leasing the work of " + requestId, connection -> {
      try (PreparedStatement lease = database.prepare(connection, leaseSql)) {
        lease.setString(1, owner);
        Columns.setInstant(lease, 2, until);
        lease.setString(3, requestId);
        Columns.setInstant(lease, 4, now);
        if (lease.executeUpdate() == 0) {
          return List.<AccountId>of();
        }
      }
      List<AccountId> leased = new ArrayList<>();
      try (PreparedStatement select = database.prepare(connection, leasedSql)) {
        select.setString(1, requestId);
        select.setString(2, owner);
        Columns.setInstant(select, 3, until);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            leased.add(AccountId.of(row.getString(1)));
          }
        }
      }
      return leased;
    });
  }

  @Override
  public int renew(String owner, Instant until) {
    return database.autoCommit("renewing the leases of " + owner, connection -> {
      try (PreparedStatement renew = database.prepare(connection, renewSql)) {
        Columns.setInstant(renew, 1, until);
        renew.setString(2, owner);
        return renew.executeUpdate();
      }
    });
  }

  /**
   * Finds up to {@code limit} accounts no lease holds, then takes each with its own conditional update: of
   * instances taking over at once, each account goes to the one whose update its row count says won.
   */
  @Override
  public List<ClaimedWork> takeOver(String owner, Instant now, Instant until, int limit) {
    return database.autoCommit("taking over the work of stopped instances", connection -> {
      List<ClaimedWork> candidates = new ArrayList<>();
      try (PreparedStatement select = database.prepare(connection, claimableSql)) {
        Columns.setInstant(select, 1, now);
        select.setMaxRows(limit);
        try (ResultSet row = select.executeQuery()) {
          while (row.next() && candidates.size() < limit) {
            candidates.add(new ClaimedWork(row.getString(1), AccountId.of(row.getString(2))));
          }
        }
      }
      if (candidates.isEmpty()) {
        return List.<ClaimedWork>of();
      }
      List<ClaimedWork> taken = new ArrayList<>();
      try (PreparedStatement claim = database.prepare(connection, claimSql)) {
        for (ClaimedWork candidate : candidates) {
          claim.setString(1, owner);
          Columns.setInstant(claim, 2, until);
          claim.setString(3, candidate.requestId());
          claim.setString(4, candidate.account().value());
          Columns.setInstant(claim, 5, now);
          claim.addBatch();
        }
        int[] counts = claim.executeBatch();
        for (int i = 0; i < counts.length; i++) {
          if (counts[i] == 1) {
            taken.add(candidates.get(i));
          }
        }
      }
      return taken;
    });
  }

  private void remember(Known request) {
    if (known.size() >= REMEMBERED) {
      known.clear(); // a cache of what is in progress; all of it can be read again
    }
    known.put(request.request().requestId(), request);
  }
}

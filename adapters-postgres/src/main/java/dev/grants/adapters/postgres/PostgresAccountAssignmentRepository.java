package dev.grants.adapters.postgres;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.AccountAssignment;
import dev.grants.domain.provisioning.AssignmentOperation;
import dev.grants.domain.provisioning.AssignmentOperation.Kind;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.PrincipalType;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.ports.out.AccountAssignmentRepository;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Account assignments ({@code account_assignments}: pending or assigned, keyed by the assignment) and their operation
 * statuses ({@code account_assignment_operations}, keyed by kind and request id). A creation starts with one
 * {@code INSERT ... ON CONFLICT DO NOTHING} of the pending assignment and its status, in one transaction; settling it
 * is one conditional {@code UPDATE} of the status (from IN_PROGRESS) with the change of its assignment, in one
 * transaction. A deletion locks the permission set's provisioning record of the account ({@code provisioned_accounts},
 * V1) first, so deletions of the last assignments of one set in one account are serialized and exactly the last one
 * removes the record, in the transaction that removes the assignment.
 *
 * <pre>{@code
 * AccountAssignmentRepository assignments = PostgresStore.create(dataSource).accountAssignments();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class PostgresAccountAssignmentRepository implements AccountAssignmentRepository {
  private static final String KEY = "permission_set_arn = ? AND account = ? AND principal_type = ? AND principal_id = ?";
  private static final String ASSIGNMENT_COLUMNS = "permission_set_arn, account, principal_type, principal_id";
  private static final String OPERATION_COLUMNS = "kind, request_id, instance_arn, " + ASSIGNMENT_COLUMNS
      + ", status, failure_reason, created_date";

  // The statements, over the tables %1$s (account_assignments), %2$s (account_assignment_operations) and %3$s
  // (provisioned_accounts), each qualified by the store's schema when it runs (sql).
  private static final String INSERT_ASSIGNMENT = "INSERT INTO %1$s (" + ASSIGNMENT_COLUMNS
      + ", instance_arn, assigned) VALUES (?, ?, ?, ?, ?, FALSE) ON CONFLICT DO NOTHING";
  private static final String ASSIGNED = "SELECT assigned FROM %1$s WHERE " + KEY + " FOR UPDATE";
  private static final String INSERT_OPERATION = "INSERT INTO %2$s (" + OPERATION_COLUMNS
      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String SETTLE_OPERATION = "UPDATE %2$s SET status = ?, failure_reason = ?"
      + " WHERE kind = ? AND request_id = ? AND status = 'IN_PROGRESS'";
  private static final String CONFIRM = "UPDATE %1$s SET assigned = TRUE WHERE " + KEY + " AND NOT assigned";
  private static final String DROP_PENDING = "DELETE FROM %1$s WHERE " + KEY + " AND NOT assigned";
  private static final String LOCK_PROVISIONED =
      "SELECT version FROM %3$s WHERE permission_set_arn = ? AND account = ? FOR UPDATE";
  private static final String DELETE_ASSIGNMENT = "DELETE FROM %1$s WHERE " + KEY;
  private static final String ANY_LEFT = "SELECT 1 FROM %1$s WHERE permission_set_arn = ? AND account = ? LIMIT 1";
  private static final String UNPROVISION = "DELETE FROM %3$s WHERE permission_set_arn = ? AND account = ?";
  private static final String SELECT_OPERATIONS = "SELECT " + OPERATION_COLUMNS + " FROM %2$s";
  private static final String FIND_OPERATION = SELECT_OPERATIONS + " WHERE kind = ? AND request_id = ?";
  private static final String OPERATIONS =
      SELECT_OPERATIONS + " WHERE instance_arn = ? AND kind = ? ORDER BY created_order";
  private static final String IN_PROGRESS = SELECT_OPERATIONS
      + " WHERE instance_arn = ? AND kind = ? AND status = 'IN_PROGRESS' ORDER BY created_order";
  private static final String SELECT_ASSIGNED = "SELECT " + ASSIGNMENT_COLUMNS + " FROM %1$s WHERE assigned AND ";
  private static final String ASSIGNMENTS_OF = SELECT_ASSIGNED + "permission_set_arn = ? AND account = ?"
      + " ORDER BY created_order";
  private static final String OF_PRINCIPAL = SELECT_ASSIGNED
      + "instance_arn = ? AND principal_type = ? AND principal_id = ? ORDER BY created_order";
  private static final String REMOVE_OF_SET = "DELETE FROM %1$s WHERE permission_set_arn = ?";

  private final Database database;
  private final String[] tables;

  PostgresAccountAssignmentRepository(Database database) {
    this.database = database;
    this.tables = new String[] {database.table("account_assignments"),
        database.table("account_assignment_operations"), database.table("provisioned_accounts")};
  }

  /** {@code template} on the store's tables. */
  private String sql(String template) {
    return String.format(template, (Object[]) tables);
  }

  @Override
  public CreationStart beginCreation(AssignmentOperation creation) {
    AccountAssignment assignment = creation.assignment();
    return database.transaction("starting the creation of " + assignment, connection -> {
      try (PreparedStatement insert = database.prepare(connection, sql(INSERT_ASSIGNMENT))) {
        key(insert, assignment);
        insert.setString(5, assignment.instance().toString());
        if (insert.executeUpdate() != 1) {
          Option<Boolean> assigned = assigned(connection, assignment);
          // A row that went between the insert and the read was a creation that just failed: still a conflict.
          return assigned.getOrElse(false) ? CreationStart.ALREADY_ASSIGNED : CreationStart.IN_PROGRESS;
        }
      }
      insertOperation(connection, creation);
      return CreationStart.STARTED;
    });
  }

  @Override
  public boolean settle(AssignmentOperation settled) {
    if (!settled.hasEnded()) {
      return false;
    }
    return database.transaction("settling the creation " + settled.requestId(), connection -> {
      try (PreparedStatement update = database.prepare(connection, sql(SETTLE_OPERATION))) {
        update.setString(1, settled.status().name());
        Columns.setText(update, 2, settled.failureReason());
        update.setString(3, settled.kind().name());
        update.setString(4, settled.requestId());
        if (update.executeUpdate() != 1) {
          return false;
        }
      }
      String change = settled.status() == ProvisioningStatus.SUCCEEDED ? CONFIRM : DROP_PENDING;
      try (PreparedStatement assignment = database.prepare(connection, sql(change))) {
        key(assignment, settled.assignment());
        assignment.executeUpdate();
      }
      return true;
    });
  }

  @Override
  public DeletionOutcome delete(AssignmentOperation deletion) {
    AccountAssignment gone = deletion.assignment();
    return database.transaction("deleting " + gone, connection -> {
      try (PreparedStatement lock = database.prepare(connection, sql(LOCK_PROVISIONED))) {
        lock.setString(1, gone.permissionSet().toString());
        lock.setString(2, gone.account().value());
        lock.executeQuery().close();
      }
      Option<Boolean> assigned = assigned(connection, gone);
      if (assigned.isEmpty()) {
        return DeletionOutcome.NOT_ASSIGNED;
      }
      if (!assigned.get()) {
        return DeletionOutcome.CREATION_IN_PROGRESS;
      }
      try (PreparedStatement delete = database.prepare(connection, sql(DELETE_ASSIGNMENT))) {
        key(delete, gone);
        delete.executeUpdate();
      }
      insertOperation(connection, deletion);
      boolean left;
      try (PreparedStatement any = database.prepare(connection, sql(ANY_LEFT))) {
        any.setString(1, gone.permissionSet().toString());
        any.setString(2, gone.account().value());
        try (ResultSet row = any.executeQuery()) {
          left = row.next();
        }
      }
      if (!left) {
        try (PreparedStatement unprovision = database.prepare(connection, sql(UNPROVISION))) {
          unprovision.setString(1, gone.permissionSet().toString());
          unprovision.setString(2, gone.account().value());
          unprovision.executeUpdate();
        }
      }
      return DeletionOutcome.DELETED;
    });
  }

  @Override
  public Option<AssignmentOperation> findOperation(Kind kind, String requestId) {
    return database.autoCommit("reading the assignment operation " + requestId, connection -> {
      List<AssignmentOperation> found = operations(connection, sql(FIND_OPERATION), kind.name(), requestId);
      return found.isEmpty() ? Option.none() : Option.some(found.get(0));
    });
  }

  @Override
  public List<AssignmentOperation> operationsOf(InstanceArn instance, Kind kind) {
    return database.autoCommit("reading the assignment operations of " + instance,
        connection -> operations(connection, sql(OPERATIONS), instance.toString(), kind.name()));
  }

  @Override
  public List<AssignmentOperation> creationsInProgress(InstanceArn instance) {
    return database.autoCommit("reading the assignment creations in progress of " + instance,
        connection -> operations(connection, sql(IN_PROGRESS), instance.toString(), Kind.CREATION.name()));
  }

  @Override
  public List<AccountAssignment> assignmentsOf(PermissionSetArn permissionSet, AccountId account) {
    return assignments("reading the assignments of " + permissionSet, sql(ASSIGNMENTS_OF), permissionSet.toString(),
        account.value());
  }

  @Override
  public List<AccountAssignment> assignmentsOfPrincipal(InstanceArn instance, PrincipalType principalType,
      String principalId) {
    return assignments("reading the assignments of " + principalType + ' ' + principalId, sql(OF_PRINCIPAL),
        instance.toString(), principalType.name(), principalId);
  }

  @Override
  public void removeAssignmentsOf(PermissionSetArn permissionSet) {
    database.autoCommit("removing the assignments of " + permissionSet, connection -> {
      try (PreparedStatement delete = database.prepare(connection, sql(REMOVE_OF_SET))) {
        delete.setString(1, permissionSet.toString());
        return delete.executeUpdate();
      }
    });
  }

  // --- rows -----------------------------------------------------------------------------------------------------

  private static void key(PreparedStatement statement, AccountAssignment assignment) throws SQLException {
    statement.setString(1, assignment.permissionSet().toString());
    statement.setString(2, assignment.account().value());
    statement.setString(3, assignment.principalType().name());
    statement.setString(4, assignment.principalId());
  }

  private Option<Boolean> assigned(Connection connection, AccountAssignment assignment) throws SQLException {
    try (PreparedStatement select = database.prepare(connection, sql(ASSIGNED))) {
      key(select, assignment);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Option.some(row.getBoolean(1)) : Option.none();
      }
    }
  }

  private void insertOperation(Connection connection, AssignmentOperation operation) throws SQLException {
    try (PreparedStatement insert = database.prepare(connection, sql(INSERT_OPERATION))) {
      AccountAssignment assignment = operation.assignment();
      insert.setString(1, operation.kind().name());
      insert.setString(2, operation.requestId());
      insert.setString(3, assignment.instance().toString());
      insert.setString(4, assignment.permissionSet().toString());
      insert.setString(5, assignment.account().value());
      insert.setString(6, assignment.principalType().name());
      insert.setString(7, assignment.principalId());
      insert.setString(8, operation.status().name());
      Columns.setText(insert, 9, operation.failureReason());
      Columns.setInstant(insert, 10, operation.createdDate());
      insert.executeUpdate();
    }
  }

  private List<AssignmentOperation> operations(Connection connection, String sql, String... keys)
      throws SQLException {
    try (PreparedStatement select = database.prepare(connection, sql)) {
      for (int i = 0; i < keys.length; i++) {
        select.setString(i + 1, keys[i]);
      }
      try (ResultSet row = select.executeQuery()) {
        List<AssignmentOperation> found = new ArrayList<>();
        while (row.next()) {
          try {
            String reason = row.getString("failure_reason");
            found.add(new AssignmentOperation(Kind.valueOf(row.getString("kind")), row.getString("request_id"),
                assignment(row), ProvisioningStatus.valueOf(row.getString("status")),
                reason == null ? null : StoredText.decode(reason), Columns.instant(row, "created_date")));
          } catch (IllegalArgumentException | IllegalStateException corrupt) {
            throw new PostgresStoreException("the stored assignment operation " + row.getString("request_id")
                + " is not one Grants wrote: " + corrupt.getMessage());
          }
        }
        return found;
      }
    }
  }

  private List<AccountAssignment> assignments(String what, String sql, String... keys) {
    return database.autoCommit(what, connection -> {
      try (PreparedStatement select = database.prepare(connection, sql)) {
        for (int i = 0; i < keys.length; i++) {
          select.setString(i + 1, keys[i]);
        }
        try (ResultSet row = select.executeQuery()) {
          List<AccountAssignment> found = new ArrayList<>();
          while (row.next()) {
            try {
              found.add(assignment(row));
            } catch (IllegalArgumentException | IllegalStateException corrupt) {
              throw new PostgresStoreException("a stored account assignment is not one Grants wrote: "
                  + corrupt.getMessage());
            }
          }
          return found;
        }
      }
    });
  }

  private static AccountAssignment assignment(ResultSet row) throws SQLException {
    return new AccountAssignment(
        PermissionSetArn.parse(row.getString("permission_set_arn"))
            .getOrElseThrow(() -> new IllegalStateException("a permission set ARN")),
        AccountId.of(row.getString("account")), PrincipalType.valueOf(row.getString("principal_type")),
        row.getString("principal_id"));
  }
}

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

  private final Database database;
  private final String insertAssignmentSql;
  private final String assignedSql;
  private final String insertOperationSql;
  private final String settleOperationSql;
  private final String confirmSql;
  private final String dropPendingSql;
  private final String lockProvisionedSql;
  private final String deleteAssignmentSql;
  private final String anyLeftSql;
  private final String unprovisionSql;
  private final String findOperationSql;
  private final String operationsSql;
  private final String inProgressSql;
  private final String assignmentsOfSql;
  private final String ofPrincipalSql;
  private final String removeOfSetSql;

  PostgresAccountAssignmentRepository(Database database) {
    this.database = database;
    String assignments = database.table("account_assignments");
    String operations = database.table("account_assignment_operations");
    this.insertAssignmentSql = "INSERT INTO " + assignments + " (" + ASSIGNMENT_COLUMNS + ", instance_arn, assigned)"
        + " VALUES (?, ?, ?, ?, ?, FALSE) ON CONFLICT DO NOTHING";
    this.assignedSql = "SELECT assigned FROM " + assignments + " WHERE " + KEY + " FOR UPDATE";
    this.insertOperationSql = "INSERT INTO " + operations + " (" + OPERATION_COLUMNS
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    this.settleOperationSql = "UPDATE " + operations + " SET status = ?, failure_reason = ?"
        + " WHERE kind = ? AND request_id = ? AND status = 'IN_PROGRESS'";
    this.confirmSql = "UPDATE " + assignments + " SET assigned = TRUE WHERE " + KEY + " AND NOT assigned";
    this.dropPendingSql = "DELETE FROM " + assignments + " WHERE " + KEY + " AND NOT assigned";
    String provisioned = database.table("provisioned_accounts");
    this.lockProvisionedSql = "SELECT version FROM " + provisioned
        + " WHERE permission_set_arn = ? AND account = ? FOR UPDATE";
    this.deleteAssignmentSql = "DELETE FROM " + assignments + " WHERE " + KEY;
    this.anyLeftSql = "SELECT 1 FROM " + assignments + " WHERE permission_set_arn = ? AND account = ? LIMIT 1";
    this.unprovisionSql = "DELETE FROM " + provisioned + " WHERE permission_set_arn = ? AND account = ?";
    String selectOperations = "SELECT " + OPERATION_COLUMNS + " FROM " + operations;
    this.findOperationSql = selectOperations + " WHERE kind = ? AND request_id = ?";
    this.operationsSql = selectOperations + " WHERE instance_arn = ? AND kind = ? ORDER BY created_order";
    this.inProgressSql = selectOperations + " WHERE instance_arn = ? AND kind = ? AND status = 'IN_PROGRESS'"
        + " ORDER BY created_order";
    String selectAssigned = "SELECT " + ASSIGNMENT_COLUMNS + " FROM " + assignments + " WHERE assigned AND ";
    this.assignmentsOfSql = selectAssigned + "permission_set_arn = ? AND account = ? ORDER BY created_order";
    this.ofPrincipalSql = selectAssigned + "instance_arn = ? AND principal_type = ? AND principal_id = ?"
        + " ORDER BY created_order";
    this.removeOfSetSql = "DELETE FROM " + assignments + " WHERE permission_set_arn = ?";
  }

  @Override
  public CreationStart beginCreation(AssignmentOperation creation) {
    AccountAssignment assignment = creation.assignment();
    return database.transaction("starting the creation of " + assignment, connection -> {
      try (PreparedStatement insert = database.prepare(connection, insertAssignmentSql)) {
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
      try (PreparedStatement update = database.prepare(connection, settleOperationSql)) {
        update.setString(1, settled.status().name());
        Columns.setText(update, 2, settled.failureReason());
        update.setString(3, settled.kind().name());
        update.setString(4, settled.requestId());
        if (update.executeUpdate() != 1) {
          return false;
        }
      }
      String change = settled.status() == ProvisioningStatus.SUCCEEDED ? confirmSql : dropPendingSql;
      try (PreparedStatement assignment = database.prepare(connection, change)) {
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
      try (PreparedStatement lock = database.prepare(connection, lockProvisionedSql)) {
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
      try (PreparedStatement delete = database.prepare(connection, deleteAssignmentSql)) {
        key(delete, gone);
        delete.executeUpdate();
      }
      insertOperation(connection, deletion);
      boolean left;
      try (PreparedStatement any = database.prepare(connection, anyLeftSql)) {
        any.setString(1, gone.permissionSet().toString());
        any.setString(2, gone.account().value());
        try (ResultSet row = any.executeQuery()) {
          left = row.next();
        }
      }
      if (!left) {
        try (PreparedStatement unprovision = database.prepare(connection, unprovisionSql)) {
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
      List<AssignmentOperation> found = operations(connection, findOperationSql, kind.name(), requestId);
      return found.isEmpty() ? Option.none() : Option.some(found.get(0));
    });
  }

  @Override
  public List<AssignmentOperation> operationsOf(InstanceArn instance, Kind kind) {
    return database.autoCommit("reading the assignment operations of " + instance,
        connection -> operations(connection, operationsSql, instance.toString(), kind.name()));
  }

  @Override
  public List<AssignmentOperation> creationsInProgress(InstanceArn instance) {
    return database.autoCommit("reading the assignment creations in progress of " + instance,
        connection -> operations(connection, inProgressSql, instance.toString(), Kind.CREATION.name()));
  }

  @Override
  public List<AccountAssignment> assignmentsOf(PermissionSetArn permissionSet, AccountId account) {
    return assignments("reading the assignments of " + permissionSet, assignmentsOfSql, permissionSet.toString(),
        account.value());
  }

  @Override
  public List<AccountAssignment> assignmentsOfPrincipal(InstanceArn instance, PrincipalType principalType,
      String principalId) {
    return assignments("reading the assignments of " + principalType + ' ' + principalId, ofPrincipalSql,
        instance.toString(), principalType.name(), principalId);
  }

  @Override
  public void removeAssignmentsOf(PermissionSetArn permissionSet) {
    database.autoCommit("removing the assignments of " + permissionSet, connection -> {
      try (PreparedStatement delete = database.prepare(connection, removeOfSetSql)) {
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
    try (PreparedStatement select = database.prepare(connection, assignedSql)) {
      key(select, assignment);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Option.some(row.getBoolean(1)) : Option.none();
      }
    }
  }

  private void insertOperation(Connection connection, AssignmentOperation operation) throws SQLException {
    try (PreparedStatement insert = database.prepare(connection, insertOperationSql)) {
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

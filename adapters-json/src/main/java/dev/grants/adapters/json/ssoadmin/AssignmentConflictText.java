package dev.grants.adapters.json.ssoadmin;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.provisioning.AccountAssignment;

/** The texts of the ConflictException of an account assignment that cannot be created or deleted as it stands. */
final class AssignmentConflictText {
  private AssignmentConflictText() {}

  /**
   * {@code USER <id> already has PermissionSet <arn> in account <account>.}, {@code ... does not have ...}, or, for a
   * creation in progress, the service's own text for a conflicting operation.
   */
  static String of(GrantsError.AccountAssignmentConflict conflict) {
    AccountAssignment assignment = conflict.assignment();
    String principal = assignment.principalType() + " " + assignment.principalId();
    String where = " PermissionSet " + assignment.permissionSet() + " in account " + assignment.account() + ".";
    switch (conflict.conflict()) {
      case ALREADY_ASSIGNED:
        return principal + " already has" + where;
      case NOT_ASSIGNED:
        return principal + " does not have" + where;
      default:
        return "There is a conflicting operation in process.";
    }
  }
}

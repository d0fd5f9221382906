-- AccountAssignmentRepository (issue 16): account assignments and the statuses of their creations and deletions.
-- Only these two tables are this migration's: it applies on top of any other V6/V8 in either order.
--
-- An assignment is pending (assigned = FALSE) while its creation is in progress and assigned once it succeeded; a
-- creation that failed removes it. The key is the assignment's identity; created_order keeps creation order.
CREATE TABLE account_assignments (
  permission_set_arn TEXT     NOT NULL,
  account            CHAR(12) NOT NULL,
  principal_type     TEXT     NOT NULL,  -- USER, GROUP
  principal_id       TEXT     NOT NULL,
  instance_arn       TEXT     NOT NULL,
  assigned           BOOLEAN  NOT NULL,
  created_order      BIGINT GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (permission_set_arn, account, principal_type, principal_id)
);

CREATE INDEX account_assignments_by_principal
  ON account_assignments (instance_arn, principal_type, principal_id, created_order);

-- One row per CreateAccountAssignment (its request id is its provisioning request's) and DeleteAccountAssignment,
-- oldest first per instance and kind. A creation's status changes once, from IN_PROGRESS.
CREATE TABLE account_assignment_operations (
  kind               TEXT     NOT NULL,  -- CREATION, DELETION
  request_id         TEXT     NOT NULL,
  created_order      BIGINT GENERATED ALWAYS AS IDENTITY,
  instance_arn       TEXT     NOT NULL,
  permission_set_arn TEXT     NOT NULL,
  account            CHAR(12) NOT NULL,
  principal_type     TEXT     NOT NULL,
  principal_id       TEXT     NOT NULL,
  status             TEXT     NOT NULL,  -- IN_PROGRESS, SUCCEEDED, FAILED
  failure_reason     TEXT,
  created_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (kind, request_id)
);

CREATE INDEX account_assignment_operations_by_instance
  ON account_assignment_operations (instance_arn, kind, created_order);

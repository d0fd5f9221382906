-- A permission set's attached policies and permissions boundary (issue 16), part of its definition: one text column
-- beside the inline policy, so that the compare-and-set of PostgresPermissionSetRepository.replacePermissionSet
-- stays one UPDATE over the whole definition. Its form is StoredPolicies': one line per policy, attached ones in
-- the order they were attached, the boundary last; the empty text is none (every permission set before this one).
ALTER TABLE permission_sets ADD COLUMN attached_policies TEXT NOT NULL DEFAULT '';

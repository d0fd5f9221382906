-- Grants on PostgreSQL: one table per aggregate, keyed as its outbound port keys it. Flyway runs this in the
-- store's schema (default "grants"), so the names below are unqualified. Standard SQL only: identity columns,
-- foreign keys and unique constraints; nothing that a PostgreSQL-compatible distributed engine lacks.
--
-- Free-text columns (descriptions, licences, relay states, inline policies, failure reasons) hold the text as
-- given, except a text with NUL or an unpaired surrogate (which PostgreSQL text cannot hold), which is escaped
-- behind the private-use marker U+E000. JSON columns are ASCII, every other character escaped.

-- ResourcePolicyRepository: one policy per resource ARN, changed by compare-and-set on its revision.
CREATE TABLE resource_policies (
  resource   TEXT NOT NULL PRIMARY KEY,  -- the protected resource's ARN
  revision   TEXT          NOT NULL,              -- the RevisionId of the last change (lowercase UUID v4)
  statements TEXT          NOT NULL               -- the ordered statements, JSON (StoredStatements)
);

-- LayerVersionRepository: published versions; numbers allocated per layer, never reused.
CREATE TABLE layer_version_numbers (
  layer       TEXT NOT NULL PRIMARY KEY,  -- the layer ARN
  last_number BIGINT        NOT NULL
);

CREATE TABLE layer_versions (
  arn                      TEXT NOT NULL PRIMARY KEY,  -- the version ARN, the key of its policy
  layer                    TEXT NOT NULL,              -- the layer ARN
  partition_name           TEXT NOT NULL,
  region                   TEXT  NOT NULL,
  account                  CHAR(12)      NOT NULL,
  layer_name               TEXT  NOT NULL,
  version                  BIGINT        NOT NULL,
  description              TEXT,
  created_date             TIMESTAMP WITH TIME ZONE NOT NULL,
  code_sha256              TEXT   NOT NULL,
  code_size                BIGINT        NOT NULL,
  compatible_runtimes      TEXT          NOT NULL,              -- JSON array of strings
  license_info             TEXT,
  compatible_architectures TEXT          NOT NULL,              -- JSON array of strings
  UNIQUE (layer, version)
);

-- SigningProfileRepository: one profile per ARN, never deleted; replaced only from an equal stored profile.
CREATE TABLE signing_profiles (
  arn                  TEXT NOT NULL PRIMARY KEY,
  partition_name       TEXT NOT NULL,
  region               TEXT  NOT NULL,
  account              CHAR(12)      NOT NULL,
  profile_name         TEXT   NOT NULL,
  platform_id          TEXT  NOT NULL,
  profile_version      CHAR(10)      NOT NULL,
  status               TEXT   NOT NULL,  -- ACTIVE, CANCELED, REVOKED
  certificate_arn      TEXT,
  validity_value       INTEGER       NOT NULL,
  validity_type        TEXT   NOT NULL,
  has_overrides        BOOLEAN       NOT NULL,  -- overrides given, even with every part empty
  encryption_algorithm TEXT,
  hash_algorithm       TEXT,
  signing_image_format TEXT,
  signing_parameters   TEXT          NOT NULL,  -- JSON object, keys sorted
  tags                 TEXT          NOT NULL   -- JSON object, keys sorted
);

-- PermissionSetRepository: instances (one per owner), their permission sets (names unique per instance) and the
-- version of each permission set provisioned to each account.
CREATE TABLE instances (
  arn               TEXT NOT NULL PRIMARY KEY,
  owner             CHAR(12)      NOT NULL UNIQUE,
  instance_name     TEXT,
  identity_store_id TEXT   NOT NULL,
  created_date      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE permission_sets (
  arn                TEXT NOT NULL PRIMARY KEY,
  instance_arn       TEXT NOT NULL,
  permission_set_name TEXT  NOT NULL,
  description        TEXT,
  session_duration   TEXT  NOT NULL,
  relay_state        TEXT,
  inline_policy      TEXT,
  created_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  definition_version BIGINT        NOT NULL,
  UNIQUE (instance_arn, permission_set_name)
);

CREATE TABLE provisioned_accounts (
  permission_set_arn TEXT NOT NULL REFERENCES permission_sets (arn) ON DELETE CASCADE,
  account            CHAR(12)      NOT NULL,
  instance_arn       TEXT NOT NULL,
  version            BIGINT        NOT NULL,
  first_provisioned  BIGINT GENERATED ALWAYS AS IDENTITY,  -- the order of first provisioning
  PRIMARY KEY (permission_set_arn, account)
);

CREATE INDEX provisioned_accounts_by_account ON provisioned_accounts (account, instance_arn, first_provisioned);

-- ProvisioningRequestRepository: requests in creation order per instance; at most one in progress per permission
-- set (in_progress_set is the permission set while the request is in progress, NULL once it ended). Every replace
-- adds one to state_version, the compare-and-set's guard. A request in progress keeps its accounts, in order, with
-- their answers; an ended one keeps none (its state names no account).
CREATE TABLE provisioning_requests (
  request_id         TEXT          NOT NULL PRIMARY KEY,
  created_order      BIGINT GENERATED ALWAYS AS IDENTITY,
  instance_arn       TEXT NOT NULL,
  permission_set_arn TEXT NOT NULL,
  account            CHAR(12),                 -- AWS_ACCOUNT requests; NULL for a fan-out
  created_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  status             TEXT   NOT NULL,   -- IN_PROGRESS, SUCCEEDED, FAILED
  failure_reason     TEXT,
  deadline_seconds   BIGINT,                   -- in progress: the deadline, to the nanosecond
  deadline_nanos     INTEGER,
  definition_version BIGINT,                   -- in progress: the definition being provisioned
  in_progress_set    TEXT UNIQUE,
  state_version      BIGINT        NOT NULL
);

CREATE INDEX provisioning_requests_by_instance ON provisioning_requests (instance_arn, created_order);

CREATE TABLE provisioning_request_accounts (
  request_id     TEXT     NOT NULL REFERENCES provisioning_requests (request_id) ON DELETE CASCADE,
  position       INTEGER  NOT NULL,  -- the account's place in the request
  account        CHAR(12) NOT NULL,
  answer_order   INTEGER,            -- NULL while no answer came; then the order answers came in
  failure_reason TEXT,               -- the failure, when the answer was one
  PRIMARY KEY (request_id, position),
  UNIQUE (request_id, account)
);

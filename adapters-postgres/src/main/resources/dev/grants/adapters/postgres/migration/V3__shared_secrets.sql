-- Secrets every wiring on the schema shares, made once by whichever asks first: the key page tokens are signed
-- with, so that a NextToken one instance wrote is taken by another, and after a restart.
CREATE TABLE shared_secrets (
  secret_name  TEXT NOT NULL PRIMARY KEY,
  secret_value TEXT NOT NULL  -- base64, 32 random bytes
);

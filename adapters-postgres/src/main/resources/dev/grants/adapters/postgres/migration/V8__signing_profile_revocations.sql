-- RevokeSigningProfile: a revoked profile keeps how it was revoked (GetSigningProfile's revocationRecord). All three
-- are NULL exactly when the profile is not Revoked; rows written before this migration were never revoked.
ALTER TABLE signing_profiles ADD COLUMN revocation_effective_from TIMESTAMP WITH TIME ZONE;
ALTER TABLE signing_profiles ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE signing_profiles ADD COLUMN revoked_by TEXT;

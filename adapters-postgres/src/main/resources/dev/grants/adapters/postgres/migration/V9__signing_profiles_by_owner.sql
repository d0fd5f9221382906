-- ListSigningProfiles reads one account's profiles in one region, by name: this index serves that read in order.
CREATE INDEX signing_profiles_by_owner ON signing_profiles (partition_name, region, account, profile_name COLLATE "C");

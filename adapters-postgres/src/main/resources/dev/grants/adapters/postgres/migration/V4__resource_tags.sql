-- Tags of Identity Center instances and permission sets, each tied to its resource by a foreign key: deleting the
-- resource deletes its tags in the same statement, and no tag is ever stored for a resource that is gone. first_set
-- keeps the order keys were first set in (a new value keeps the key's place).
CREATE TABLE instance_tags (
  resource_arn TEXT NOT NULL REFERENCES instances (arn) ON DELETE CASCADE,
  tag_key      TEXT NOT NULL,
  tag_value    TEXT NOT NULL,
  first_set    BIGINT GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (resource_arn, tag_key)
);

CREATE TABLE permission_set_tags (
  resource_arn TEXT NOT NULL REFERENCES permission_sets (arn) ON DELETE CASCADE,
  tag_key      TEXT NOT NULL,
  tag_value    TEXT NOT NULL,
  first_set    BIGINT GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (resource_arn, tag_key)
);

-- ListPermissionSets lists in creation order; rows stored before this migration are numbered in the order the
-- database fills the new column, which is stable from then on.
ALTER TABLE permission_sets ADD COLUMN created_order BIGINT GENERATED ALWAYS AS IDENTITY;
CREATE INDEX permission_sets_by_instance ON permission_sets (instance_arn, created_order);

package dev.grants.ports.out;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisionedAccount;
import dev.grants.domain.provisioning.Tag;
import dev.grants.domain.provisioning.TaggableArn;
import io.vavr.control.Option;
import java.util.Collection;
import java.util.List;

/**
 * Where Identity Center instances, their permission sets, and the version of each permission set provisioned
 * to each account are kept.
 *
 * <p><b>Atomicity.</b> {@link #insertInstance} stores an instance only if its owner has none;
 * {@link #insertPermissionSet} only if no permission set of that name exists in its instance;
 * {@link #replacePermissionSet} only if the stored one equals {@code base}; {@link #recordProvisioned} keeps the
 * highest version it was given for an account; {@link #tag} adds every tag or none, never past the limit, and
 * only to a resource that exists. Each happens whole or not at all. An instance or a permission set is stored
 * with the tags it was created with, and a permission set's tags go when it goes.
 *
 * <pre>{@code
 * repository.recordProvisioned(set.arn(), account, set.definitionVersion());
 * }</pre>
 *
 * <p>Implementations are thread-safe; the testkit's {@code PermissionSetRepositoryContract} checks them.
 */
public interface PermissionSetRepository {

  /** Stores {@code instance} if its owner has no instance; returns whether it did. */
  default boolean insertInstance(Instance instance) {
    return insertInstance(instance, List.of());
  }

  /**
   * Stores {@code instance} with {@code tags} (keys distinct, in order) if its owner has no instance; returns
   * whether it did.
   */
  boolean insertInstance(Instance instance, List<Tag> tags);

  /** The instance {@code arn}, if it exists. */
  Option<Instance> findInstance(InstanceArn arn);

  /** The instances {@code owner} owns (at most one), in creation order. */
  List<Instance> instancesOf(AccountId owner);

  /** Stores {@code permissionSet} if no permission set of its name exists in its instance; returns whether it did. */
  default boolean insertPermissionSet(PermissionSet permissionSet) {
    return insertPermissionSet(permissionSet, List.of());
  }

  /**
   * Stores {@code permissionSet} with {@code tags} (keys distinct, in order) if no permission set of its name
   * exists in its instance; returns whether it did.
   */
  boolean insertPermissionSet(PermissionSet permissionSet, List<Tag> tags);

  /** The permission sets of {@code instance}, in creation order. */
  List<PermissionSet> permissionSetsOf(InstanceArn instance);

  /** The permission set {@code arn}, if it exists. */
  Option<PermissionSet> findPermissionSet(PermissionSetArn arn);

  /** Stores {@code next} in place of {@code base} if {@code base} is still stored; returns whether it did. */
  boolean replacePermissionSet(PermissionSet base, PermissionSet next);

  /** Deletes the permission set {@code arn} and every record of its provisioning; returns whether it existed. */
  boolean deletePermissionSet(PermissionSetArn arn);

  /**
   * Records that {@code version} of {@code permissionSet} is provisioned to {@code account}; a lower version than
   * the one recorded changes nothing. Nothing is recorded for a permission set that does not exist.
   */
  void recordProvisioned(PermissionSetArn permissionSet, AccountId account, long version);

  /** The accounts {@code permissionSet} is provisioned to, each once, in order of first provisioning. */
  List<ProvisionedAccount> provisionedAccounts(PermissionSetArn permissionSet);

  /** The permission sets of {@code instance} provisioned to {@code account}, each once, in order of first provisioning. */
  List<ProvisionedAccount> provisionedTo(InstanceArn instance, AccountId account);

  /** The tags of {@code resource} in the order their keys were first set, or none if it does not exist. */
  Option<List<Tag>> tagsOf(TaggableArn resource);

  /**
   * Adds {@code tags} (keys distinct) to {@code resource}: a key it has takes the new value and keeps its place, a
   * new key goes last; all or nothing, and nothing if the resource would then have more than {@code limit}.
   */
  TagOutcome tag(TaggableArn resource, List<Tag> tags, int limit);

  /** Removes the tags of {@code keys} that {@code resource} has; returns whether the resource exists. */
  boolean untag(TaggableArn resource, Collection<String> keys);

  /** What {@link #tag} did. */
  enum TagOutcome {
    /** Every tag is on the resource. */
    TAGGED,
    /** No such resource: nothing changed. */
    NOT_FOUND,
    /** The resource would have had more tags than the limit: nothing changed. */
    OVER_LIMIT
  }
}

package dev.grants.adapters.memory;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisionedAccount;
import dev.grants.domain.provisioning.Tag;
import dev.grants.domain.provisioning.TaggableArn;
import dev.grants.ports.out.PermissionSetRepository;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Instances, permission sets and their provisioning to accounts in memory. Every method holds one lock, so
 * each is atomic as {@link PermissionSetRepository} requires; these are small, rarely written maps.
 *
 * <pre>{@code
 * PermissionSetRepository directory = new InMemoryPermissionSetRepository();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class InMemoryPermissionSetRepository implements PermissionSetRepository {
  private final Map<InstanceArn, Instance> instances = new LinkedHashMap<>();
  private final Map<PermissionSetArn, PermissionSet> permissionSets = new LinkedHashMap<>();
  private final Map<PermissionSetArn, LinkedHashMap<AccountId, ProvisionedAccount>> provisioned = new HashMap<>();
  private final Map<AccountId, LinkedHashMap<PermissionSetArn, ProvisionedAccount>> byAccount = new HashMap<>();
  /** The tags of each stored instance and permission set, by key in the order keys were first set. */
  private final Map<TaggableArn, LinkedHashMap<String, String>> tags = new HashMap<>();

  /** An empty repository. */
  public InMemoryPermissionSetRepository() {}

  @Override
  public synchronized boolean insertInstance(Instance instance, List<Tag> initial) {
    if (!instancesOf(instance.owner()).isEmpty() || instances.containsKey(instance.arn())) {
      return false;
    }
    instances.put(instance.arn(), instance);
    tags.put(instance.arn(), byKey(initial));
    return true;
  }

  @Override
  public synchronized Option<Instance> findInstance(InstanceArn arn) {
    return Option.of(instances.get(arn));
  }

  @Override
  public synchronized List<Instance> instancesOf(AccountId owner) {
    return instances.values().stream().filter(instance -> instance.owner().equals(owner)).toList();
  }

  @Override
  public synchronized boolean insertPermissionSet(PermissionSet permissionSet, List<Tag> initial) {
    boolean nameTaken = permissionSets.values().stream().anyMatch(existing ->
        existing.arn().instance().equals(permissionSet.arn().instance()) && existing.name().equals(permissionSet.name()));
    if (nameTaken || permissionSets.containsKey(permissionSet.arn())) {
      return false;
    }
    permissionSets.put(permissionSet.arn(), permissionSet);
    tags.put(permissionSet.arn(), byKey(initial));
    return true;
  }

  @Override
  public synchronized List<PermissionSet> permissionSetsOf(InstanceArn instance) {
    return permissionSets.values().stream().filter(set -> set.arn().instance().equals(instance)).toList();
  }

  @Override
  public synchronized Option<PermissionSet> findPermissionSet(PermissionSetArn arn) {
    return Option.of(permissionSets.get(arn));
  }

  @Override
  public synchronized boolean replacePermissionSet(PermissionSet base, PermissionSet next) {
    if (!base.arn().equals(next.arn())) {
      throw new IllegalArgumentException("base and next are different permission sets");
    }
    if (!base.equals(permissionSets.get(base.arn()))) {
      return false;
    }
    permissionSets.put(next.arn(), next);
    return true;
  }

  @Override
  public synchronized boolean deletePermissionSet(PermissionSetArn arn) {
    Map<AccountId, ProvisionedAccount> accounts = provisioned.remove(arn);
    if (accounts != null) {
      accounts.keySet().forEach(account -> byAccount.get(account).remove(arn));
    }
    tags.remove(arn);
    return permissionSets.remove(arn) != null;
  }

  @Override
  public synchronized void recordProvisioned(PermissionSetArn permissionSet, AccountId account, long version) {
    if (!permissionSets.containsKey(permissionSet)) {
      return;
    }
    ProvisionedAccount current = provisioned.computeIfAbsent(permissionSet, unused -> new LinkedHashMap<>()).get(account);
    if (current != null && current.version() >= version) {
      return;
    }
    ProvisionedAccount next = new ProvisionedAccount(permissionSet, account, version);
    provisioned.get(permissionSet).put(account, next);
    byAccount.computeIfAbsent(account, unused -> new LinkedHashMap<>()).put(permissionSet, next);
  }

  /**
   * Forgets that {@code permissionSet} is provisioned to {@code account}: its last assignment there went
   * ({@link InMemoryAccountAssignmentRepository}, which holds this repository's lock while it calls).
   */
  synchronized void unprovision(PermissionSetArn permissionSet, AccountId account) {
    Map<AccountId, ProvisionedAccount> accounts = provisioned.get(permissionSet);
    if (accounts != null) {
      accounts.remove(account);
    }
    Map<PermissionSetArn, ProvisionedAccount> sets = byAccount.get(account);
    if (sets != null) {
      sets.remove(permissionSet);
    }
  }

  @Override
  public synchronized List<ProvisionedAccount> provisionedAccounts(PermissionSetArn permissionSet) {
    Map<AccountId, ProvisionedAccount> accounts = provisioned.get(permissionSet);
    return accounts == null ? List.of() : List.copyOf(accounts.values());
  }

  @Override
  public synchronized List<ProvisionedAccount> provisionedTo(InstanceArn instance, AccountId account) {
    Map<PermissionSetArn, ProvisionedAccount> sets = byAccount.get(account);
    if (sets == null) {
      return List.of();
    }
    List<ProvisionedAccount> found = new ArrayList<>();
    sets.values().forEach(entry -> {
      if (entry.permissionSet().instance().equals(instance)) {
        found.add(entry);
      }
    });
    return found;
  }

  // --- tags ---

  @Override
  public synchronized Option<List<Tag>> tagsOf(TaggableArn resource) {
    Map<String, String> found = tags.get(resource);
    if (found == null) {
      return Option.none();
    }
    List<Tag> list = new ArrayList<>(found.size());
    found.forEach((key, value) -> list.add(new Tag(key, value)));
    return Option.some(list);
  }

  @Override
  public synchronized TagOutcome tag(TaggableArn resource, List<Tag> added, int limit) {
    Map<String, String> current = tags.get(resource);
    if (current == null) {
      return TagOutcome.NOT_FOUND;
    }
    long fresh = added.stream().filter(tag -> !current.containsKey(tag.key())).count();
    if (current.size() + fresh > limit) {
      return TagOutcome.OVER_LIMIT;
    }
    added.forEach(tag -> current.put(tag.key(), tag.value()));
    return TagOutcome.TAGGED;
  }

  @Override
  public synchronized boolean untag(TaggableArn resource, Collection<String> keys) {
    Map<String, String> current = tags.get(resource);
    if (current == null) {
      return false;
    }
    keys.forEach(current::remove);
    return true;
  }

  private static LinkedHashMap<String, String> byKey(List<Tag> initial) {
    LinkedHashMap<String, String> map = new LinkedHashMap<>();
    initial.forEach(tag -> map.put(tag.key(), tag.value()));
    return map;
  }
}

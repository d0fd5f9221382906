package dev.grants.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.adapters.memory.InMemoryProvisioningGateway.Outcome;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.domain.revision.RevisionId;
import dev.grants.ports.in.AddLayerVersionPermissionCommand;
import dev.grants.ports.in.AddProfilePermissionCommand;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.GetLayerVersionPolicyCommand;
import dev.grants.ports.in.GetSigningProfileCommand;
import dev.grants.ports.in.ListProfilePermissionsCommand;
import dev.grants.ports.in.PublishLayerVersionCommand;
import dev.grants.ports.in.PutSigningProfileCommand;
import dev.grants.ports.in.RemoveLayerVersionPermissionCommand;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.FixedClock;
import io.vavr.control.Either;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * A long run of mixed operations of the three families through the inbound ports of the in-memory default
 * ({@link InMemoryGrants}), checking that the heap retained after a full GC grows only with the data the contract
 * keeps: replaced policy revisions and profile versions are dropped, deleted layer versions and permission sets go
 * with their policies and provisioning records, the event listener holds nothing, and a finished provisioning
 * request costs only its own record (every request stays listable and describable: the contract keeps them).
 *
 * <p>1,000,000 operations by default; {@code -Dgrants.soak.ops=N} for more. The figures go to standard output.
 */
class SoakTest {
  private static final long OPS = Long.getLong("grants.soak.ops", 1_000_000L);
  /** What one kept provisioning request or canceled profile may cost at most: over three times what it does. */
  private static final long BYTES_PER_KEPT_RECORD = 1024;
  /** What a full GC's result may wander by between two measurements of the same data. */
  private static final long SLACK_BYTES = 8L * 1024 * 1024;
  private static final Duration DEADLINE = Duration.ofMinutes(5);
  private static final String REGION = Fixtures.REGION;
  private static final int LAYERS = 16;
  private static final int PROFILES = 16;
  private static final List<String> OWNERS = List.of("100000000001", "100000000002", "100000000003", "100000000004");
  private static final String SUSPENDED = "999999999999";
  private static final String SILENT = "888888888888";

  @Test
  void a_million_mixed_operations_keep_the_heap_to_the_data_the_contract_keeps() {
    long started = System.nanoTime();
    Workload workload = new Workload();
    long empty = retainedHeap();

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long working = System.nanoTime();
    workload.run(OPS / 4); // every pool is full from here on: the steady state
    long worked = System.nanoTime() - working;
    long steadyOps = workload.ops;
    long steadyKept = workload.kept();
    long steady = retainedHeap();

    working = System.nanoTime();
    workload.run(OPS - workload.ops);
    worked += System.nanoTime() - working;
    cpu = threads.getCurrentThreadCpuTime() - cpu; // the operations' thread, measurements included
    long finalOps = workload.ops;
    long finalKept = workload.kept();
    long end = retainedHeap();
    long total = System.nanoTime() - started;

    long keptSince = finalKept - steadyKept;
    System.out.printf("soak: %,d operations (%,d events) in %,d ms: operations %,d ms (%,d ops/s, %,d ms of CPU on"
            + " their thread); retained heap: empty wiring %,d B, steady state after %,d ops %,d B, after %,d ops %,d B"
            + " (+%,d B for %,d more kept records: %,d B each)%n",
        finalOps, workload.events.sum(), total / 1_000_000, worked / 1_000_000, finalOps * 1_000_000_000L / worked,
        cpu / 1_000_000, empty, steadyOps, steady, finalOps, end, end - steady, keptSince,
        keptSince == 0 ? 0 : (end - steady) / keptSince);

    assertThat(finalOps).isGreaterThanOrEqualTo(OPS);
    assertThat(end - steady).as("heap growth in the steady state, beyond the records the contract keeps")
        .isLessThanOrEqualTo(keptSince * BYTES_PER_KEPT_RECORD + SLACK_BYTES);
  }

  /** The used heap after full collections, once two in a row agree to within 256 KiB (at most ten). */
  private static long retainedHeap() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long previous = Long.MAX_VALUE;
    long used = 0;
    for (int attempt = 0; attempt < 10; attempt++) {
      System.gc();
      used = memory.getHeapMemoryUsage().getUsed();
      if (Math.abs(previous - used) < 256 * 1024) {
        break;
      }
      previous = used;
    }
    return used;
  }

  /**
   * Rounds of operations over bounded pools: 16 layers, each with one long-lived version whose policy is changed
   * every round and a window of at most two short-lived versions; 16 signing profiles put again and again; four
   * accounts with one instance each, where every round creates a permission set, works on it and deletes it.
   * What grows: one provisioning request in four rounds (two more every 40th round, one never answered and failed
   * at its deadline, one for a suspended account), and one canceled profile every 100th round. Commands that do
   * not change between rounds are built once, so the time goes to the services, not to building requests.
   */
  private static final class Workload {
    final FixedClock clock = FixedClock.at("2018-11-14T23:03:52.894Z");
    final LongAdder events = new LongAdder();
    final Grants grants;
    final List<Instance> instances = new ArrayList<>();
    final List<CallContext> owners = new ArrayList<>();
    final List<Deque<Long>> liveVersions = new ArrayList<>();
    final List<Layer> layers = new ArrayList<>();
    final List<Profile> profiles = new ArrayList<>();
    long ops;
    long round;
    long requests;
    long canceled;
    private Iterator<Runnable> steps = List.<Runnable>of().iterator();

    /** The commands of one layer that are the same every round. */
    private record Layer(String name, long pinned, PublishLayerVersionCommand publish,
        AddLayerVersionPermissionCommand churn, GetLayerVersionPolicyCommand read,
        RemoveLayerVersionPermissionCommand unchurn) {}

    /** The commands of one signing profile that are the same every round. */
    private record Profile(String name, PutSigningProfileCommand put, AddProfilePermissionCommand add,
        ListProfilePermissionsCommand list, GetSigningProfileCommand get) {}

    Workload() {
      InMemoryProvisioningGateway gateway = InMemoryProvisioningGateway.answering(Outcome.succeed())
          .script(SUSPENDED, Outcome.fail("Account is suspended"))
          .script(SILENT, Outcome.neverAnswer());
      grants = InMemoryGrants.builder().clock(clock).provisioningGateway(gateway).provisioningDeadline(DEADLINE)
          .events(event -> events.increment()).build();
      for (int layer = 0; layer < LAYERS; layer++) {
        String name = "soak-" + layer;
        PublishLayerVersionCommand publish = Fixtures.publishLayerVersion().layerName(name).build();
        long pinned = ok(grants.layerVersions().publish(publish)).arn().version();
        liveVersions.add(new ArrayDeque<>());
        layers.add(new Layer(name, pinned, publish,
            Fixtures.addLayerVersionPermission().layerName(name).versionNumber(pinned).statementId("churn").build(),
            Fixtures.getLayerVersionPolicy().layerName(name).versionNumber(pinned).build(),
            Fixtures.removeLayerVersionPermission().layerName(name).versionNumber(pinned).statementId("churn")
                .build()));
      }
      for (int profile = 0; profile < PROFILES; profile++) {
        String name = "Soak" + profile;
        profiles.add(new Profile(name, Fixtures.putSigningProfile().profileName(name).build(),
            Fixtures.addProfilePermission().profileName(name).build(),
            Fixtures.listProfilePermissions().profileName(name).build(),
            Fixtures.getSigningProfile().profileName(name).build()));
      }
      for (String account : OWNERS) {
        CallContext context = CallContext.of(account, REGION);
        owners.add(context);
        instances.add(ok(grants.permissionSets().createInstance(Fixtures.createInstance().context(context).build())));
      }
    }

    /** The records the contract keeps for good: provisioning requests and canceled profiles. */
    long kept() {
      return requests + canceled;
    }

    void run(long count) {
      for (long done = 0; done < count; done++) {
        if (!steps.hasNext()) {
          steps = nextRound().iterator();
        }
        steps.next().run();
        ops++;
      }
    }

    private List<Runnable> nextRound() {
      long r = round++;
      List<Runnable> next = new ArrayList<>(40);
      lambda(next, (int) (r % LAYERS));
      signer(next, profiles.get((int) (r % PROFILES)), r);
      identityCenter(next, (int) (r % OWNERS.size()), r);
      return next;
    }

    private void lambda(List<Runnable> next, int index) {
      Layer layer = layers.get(index);
      Deque<Long> live = liveVersions.get(index);
      // The long-lived version's policy gets a new revision twice a round: the replaced ones must go.
      next.add(() -> ok(grants.layerVersionPermissions().add(layer.churn())));
      next.add(() -> ok(grants.layerVersionPermissions().getPolicy(layer.read())));
      next.add(() -> ok(grants.layerVersionPermissions().remove(layer.unchurn())));
      next.add(() -> live.addLast(ok(grants.layerVersions().publish(layer.publish())).arn().version()));
      next.add(() -> ok(grants.layerVersionPermissions().add(Fixtures.addLayerVersionPermission()
          .layerName(layer.name()).versionNumber(live.peekLast()).build())));
      next.add(() -> ok(grants.layerVersions().get(Fixtures.getLayerVersion().layerName(layer.name())
          .versionNumber(live.peekLast()).build())));
      next.add(() -> {
        // At most two short-lived versions per layer: the oldest goes, with its policy.
        Long oldest = live.size() > 2 ? live.pollFirst() : null;
        ok(grants.layerVersions().delete(Fixtures.deleteLayerVersion().layerName(layer.name())
            .versionNumber(oldest == null ? 999_999 : oldest).build()));
      });
    }

    private void signer(List<Runnable> next, Profile profile, long r) {
      RevisionId[] revision = new RevisionId[1];
      next.add(() -> ok(grants.signingProfiles().put(profile.put())));
      next.add(() -> revision[0] = ok(grants.signingProfilePermissions().add(profile.add())).revisionId());
      next.add(() -> ok(grants.signingProfilePermissions().list(profile.list())));
      next.add(() -> ok(grants.signingProfilePermissions().remove(Fixtures.removeProfilePermission()
          .profileName(profile.name()).revisionId(revision[0].value()).build())));
      next.add(() -> ok(grants.signingProfiles().get(profile.get())));
      if (r % 100 == 99) {
        String gone = "Canceled" + r;
        next.add(() -> ok(grants.signingProfiles().put(Fixtures.putSigningProfile().profileName(gone).build())));
        next.add(() -> {
          ok(grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().profileName(gone).build()));
          canceled++;
        });
      }
    }

    private void identityCenter(List<Runnable> next, int owner, long r) {
      CallContext context = owners.get(owner);
      Instance instance = instances.get(owner);
      PermissionSet[] set = new PermissionSet[1];
      next.add(() -> ok(grants.permissionSets().listInstances(Fixtures.listInstances().context(context).build())));
      next.add(() -> set[0] = ok(grants.permissionSets().createPermissionSet(
          Fixtures.createPermissionSet(instance.arn()).context(context).name("Set" + r).build())));
      next.add(() -> ok(grants.permissionSets().putInlinePolicy(
          Fixtures.putInlinePolicy(instance.arn(), set[0].arn()).context(context).build())));
      next.add(() -> ok(grants.permissionSets().describePermissionSet(
          Fixtures.describePermissionSet(instance.arn(), set[0].arn()).context(context).build())));
      if (r % 4 == 0) {
        next.add(() -> provision(context, instance, set[0], Fixtures.ACCOUNT_A, ProvisioningStatus.SUCCEEDED));
        next.add(() -> ok(grants.permissionSetProvisioning().listAccounts(
            Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), set[0].arn()).context(context).build())));
        next.add(() -> ok(grants.permissionSetProvisioning().listPermissionSets(
            Fixtures.listPermissionSetsProvisionedToAccount(instance.arn(), Fixtures.ACCOUNT_A).context(context)
                .build())));
      }
      if (r % 40 == 0) {
        next.add(() -> provision(context, instance, set[0], SUSPENDED, ProvisioningStatus.FAILED));
        next.add(() -> {
          ProvisioningRequest silent = provision(context, instance, set[0], SILENT, ProvisioningStatus.IN_PROGRESS);
          clock.advance(DEADLINE);
          ProvisioningRequest ended = ok(grants.permissionSetProvisioning().describeStatus(
              Fixtures.describeProvisioningStatus(instance.arn(), silent.requestId()).context(context).build()));
          assertThat(ended.status()).isEqualTo(ProvisioningStatus.FAILED);
        });
      }
      if (r % 400 == 0) {
        // Rare: it reads every request the instance ever had, which the contract keeps.
        next.add(() -> ok(grants.permissionSetProvisioning().listStatus(
            Fixtures.listProvisioningStatus(instance.arn()).context(context).build())));
      }
      next.add(() -> ok(grants.permissionSets().deletePermissionSet(
          Fixtures.deletePermissionSet(instance.arn(), set[0].arn()).context(context).build())));
    }

    private ProvisioningRequest provision(CallContext context, Instance instance, PermissionSet set, String account,
        ProvisioningStatus expected) {
      ProvisioningRequest request = ok(grants.permissionSetProvisioning().provision(
          Fixtures.provisionToAccount(instance.arn(), set.arn(), account).context(context).build()));
      requests++;
      if (request.status() != expected) {
        throw new AssertionError("provisioning to " + account + " is " + request.status() + ", not " + expected);
      }
      return request;
    }

    private static <T> T ok(Either<GrantsError, T> outcome) {
      if (outcome.isLeft()) {
        throw new AssertionError("refused: " + outcome.getLeft());
      }
      return outcome.get();
    }
  }
}

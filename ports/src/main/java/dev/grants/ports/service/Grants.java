package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.ports.in.LayerVersionPermissions;
import dev.grants.ports.in.LayerVersions;
import dev.grants.ports.in.PermissionSetProvisioning;
import dev.grants.ports.in.PermissionSetDefinitions;
import dev.grants.ports.in.PermissionSets;
import dev.grants.ports.in.ProvisioningRecovery;
import dev.grants.ports.in.SigningProfilePermissions;
import dev.grants.ports.in.SigningPlatforms;
import dev.grants.ports.in.SigningProfileTags;
import dev.grants.ports.in.SigningProfiles;
import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.in.AccountAssignments;
import dev.grants.ports.out.AccountAssignmentRepository;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.LayerVersionRepository;
import dev.grants.ports.out.PermissionSetRepository;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.out.ProvisioningRequestRepository;
import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.ports.out.SigningProfileRepository;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The one public entry point: wires every service from the outbound ports, so a consumer never builds a
 * service by hand. For the embedded in-memory default, use {@code InMemoryGrants.create()} from
 * adapters-memory.
 *
 * <pre>{@code
 * Grants grants = Grants.builder()
 *     .resourcePolicies(myPolicyRepository)
 *     .layerVersions(myLayerVersionRepository)
 *     .signingProfiles(mySigningProfileRepository)
 *     .permissionSets(myPermissionSetRepository)
 *     .provisioningRequests(myProvisioningRequestRepository)
 *     .provisioningGateway(myGateway)
 *     .ids(myIdGenerator)
 *     .clock(Clock.systemUTC())
 *     .events(event -> audit(event))        // optional
 *     .build();
 * grants.layerVersionPermissions().add(command);
 * }</pre>
 *
 * <p>Immutable and thread-safe when its ports are.
 */
public final class Grants {
  private final LayerVersions layerVersions;
  private final LayerVersionPermissions layerVersionPermissions;
  private final SigningProfiles signingProfiles;
  private final SigningPlatforms signingPlatforms;
  private final SigningProfileTags signingProfileTags;
  private final SigningProfilePermissions signingProfilePermissions;
  private final PermissionSets permissionSets;
  private final PermissionSetDefinitions permissionSetDefinitions;
  private final PermissionSetProvisioning permissionSetProvisioning;
  private final AccountAssignments accountAssignments;
  private final ProvisioningLifecycle provisioning;

  private Grants(Builder builder) {
    Announcer announcer = new Announcer(builder.events);
    PolicyEditor policies =
        new PolicyEditor(builder.resourcePolicies, builder.ids, announcer, builder.maxCommitAttempts);
    // The page-token key is drawn from the id generator, the one source of randomness the core has.
    byte[] secret =
        (builder.ids.newRevisionId().value() + builder.ids.newRevisionId().value()).getBytes(StandardCharsets.UTF_8);
    SignedPageTokens tokens = new SignedPageTokens(builder.pageTokenSecret != null ? builder.pageTokenSecret : secret);
    LayerVersionLookup versions = new LayerVersionLookup(builder.layerVersions, builder.resourcePolicies);
    this.layerVersions = new LayerVersionService(versions, policies, builder.clock,
        new LayerListings(builder.layerVersions, tokens));
    this.layerVersionPermissions = new LayerVersionPermissionService(versions, policies);
    SigningProfileLookup profiles = new SigningProfileLookup(builder.signingProfiles);
    this.signingProfiles =
        new SigningProfileService(builder.signingProfiles, profiles, policies, builder.ids, builder.clock,
            builder.maxCommitAttempts, tokens);
    this.signingProfilePermissions = new SigningProfilePermissionService(profiles, policies);
    this.signingPlatforms = new SigningPlatformService(tokens);
    this.signingProfileTags = new SigningProfileTagService(builder.signingProfiles, builder.maxCommitAttempts);
    String owner = builder.instanceId != null ? builder.instanceId : instanceIdFrom(secret);
    PermissionSetLookup sets = new PermissionSetLookup(builder.permissionSets);
    ProvisioningDeadlines deadlines = new ProvisioningDeadlines(
        builder.provisioningRequests, builder.clock, builder.maxCommitAttempts, announcer);
    ProvisioningLifecycle lifecycle = new ProvisioningLifecycle(builder.permissionSets, builder.provisioningRequests,
        builder.provisioningGateway, builder.ids, builder.clock, builder.provisioningDeadline,
        builder.maxCommitAttempts, announcer, deadlines, owner, builder.provisioningLease);
    this.permissionSetProvisioning = new ProvisioningService(sets, lifecycle, new ProvisioningQueries(
        builder.permissionSets, builder.provisioningRequests, sets, deadlines, tokens));
    this.permissionSets = new PermissionSetService(builder.permissionSets, sets, lifecycle, builder.ids,
        builder.clock, tokens, builder.maxCommitAttempts, builder.accountAssignments);
    this.accountAssignments = new AccountAssignmentService(sets, lifecycle, builder.accountAssignments,
        new AssignmentSettlement(builder.accountAssignments, builder.provisioningRequests, deadlines), builder.ids,
        builder.clock, tokens);
    this.provisioning = lifecycle;
    this.permissionSetDefinitions =
        new PermissionSetDefinitionService(builder.permissionSets, sets, tokens, builder.maxCommitAttempts);
  }

  /**
   * A name for this wiring, unique as its secret is and telling nothing of it (a one-way digest), so that naming the
   * instance draws no id of its own: tests count the ids a wiring draws.
   */
  private static String instanceIdFrom(byte[] secret) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(secret);
      StringBuilder hex = new StringBuilder("instance-");
      for (int i = 0; i < 12; i++) {
        hex.append(Character.forDigit((digest[i] >> 4) & 0xf, 16)).append(Character.forDigit(digest[i] & 0xf, 16));
      }
      return hex.toString();
    } catch (java.security.NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible); // every Java platform has SHA-256
    }
  }

  /** A builder; every port is required except {@link Builder#events} and {@link Builder#maxCommitAttempts}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Publishing, reading and deleting layer versions. */
  public LayerVersions layerVersions() {
    return layerVersions;
  }

  /** The permissions of layer versions. */
  public LayerVersionPermissions layerVersionPermissions() {
    return layerVersionPermissions;
  }

  /** Putting, reading and cancelling signing profiles. */
  public SigningProfiles signingProfiles() {
    return signingProfiles;
  }

  /** Reading the signing platforms. */
  public SigningPlatforms signingPlatforms() {
    return signingPlatforms;
  }

  /** The tags of signing profiles. */
  public SigningProfileTags signingProfileTags() {
    return signingProfileTags;
  }

  /** The permissions of signing profiles. */
  public SigningProfilePermissions signingProfilePermissions() {
    return signingProfilePermissions;
  }

  /** Identity Center instances and permission sets. */
  public PermissionSets permissionSets() {
    return permissionSets;
  }

  /** The definitions of permission sets: inline policy, attached policies, permissions boundary. */
  public PermissionSetDefinitions permissionSetDefinitions() {
    return permissionSetDefinitions;
  }

  /** Provisioning permission sets to accounts. */
  public PermissionSetProvisioning permissionSetProvisioning() {
    return permissionSetProvisioning;
  }

  /** Account assignments of Identity Center: creating one provisions its permission set to its account. */
  public AccountAssignments accountAssignments() {
    return accountAssignments;
  }

  /**
   * Recovers provisioning work, once: extends this wiring's leases on the work it handed to its gateway, fails the
   * requests past their deadline, and takes over (for this wiring's gateway) the work whose lease lapsed, which an
   * instance that stopped left. Safe to run on any number of instances at once, each account going to one of them.
   * Run it when a process starts, to finish what a crash interrupted, and then every third of the lease or so,
   * so that this wiring's work is never taken over while it lives and a stopped instance's is taken over soon
   * (the endpoint does both). Building a wiring does not run it.
   *
   * <pre>{@code
   * Grants grants = PostgresGrants.create(dataSource);
   * grants.recoverProvisioning();                       // at start
   * scheduler.scheduleAtFixedRate(grants::recoverProvisioning, 10, 10, TimeUnit.SECONDS);
   * }</pre>
   *
   * @return what it did, or {@link dev.grants.domain.error.GrantsError.InternalFailure} if a store failed (what
   *     was done until then stays done; the next run carries on)
   */
  public Either<GrantsError, ProvisioningRecovery> recoverProvisioning() {
    return PortFailures.contained(() -> Either.right(provisioning.recover()));
  }

  /** Builds {@link Grants}. Not thread-safe; use it on one thread and discard it. */
  public static final class Builder {
    /** How often a change without a revision is re-applied after losing a race, by default. */
    public static final int DEFAULT_MAX_COMMIT_ATTEMPTS = 100;
    /** How long a provisioning request may stay in progress before it fails, by default. */
    public static final Duration DEFAULT_PROVISIONING_DEADLINE = Duration.ofMinutes(5);
    /** How long an instance holds the work it handed to its gateway without renewing it, by default. */
    public static final Duration DEFAULT_PROVISIONING_LEASE = Duration.ofSeconds(30);

    private ResourcePolicyRepository resourcePolicies;
    private LayerVersionRepository layerVersions;
    private SigningProfileRepository signingProfiles;
    private PermissionSetRepository permissionSets;
    private ProvisioningRequestRepository provisioningRequests;
    private AccountAssignmentRepository accountAssignments;
    private ProvisioningGateway provisioningGateway;
    private Duration provisioningDeadline = DEFAULT_PROVISIONING_DEADLINE;
    private Duration provisioningLease = DEFAULT_PROVISIONING_LEASE;
    private String instanceId;
    private byte[] pageTokenSecret;
    private IdGenerator ids;
    private Clock clock;
    private GrantsEventListener events = GrantsEventListener.NONE;
    private int maxCommitAttempts = DEFAULT_MAX_COMMIT_ATTEMPTS;

    private Builder() {}

    /** Where resource policies are kept (required). */
    public Builder resourcePolicies(ResourcePolicyRepository resourcePolicies) {
      this.resourcePolicies = Objects.requireNonNull(resourcePolicies, "resourcePolicies");
      return this;
    }

    /** Where layer versions are kept (required). */
    public Builder layerVersions(LayerVersionRepository layerVersions) {
      this.layerVersions = Objects.requireNonNull(layerVersions, "layerVersions");
      return this;
    }

    /** Where signing profiles are kept (required). */
    public Builder signingProfiles(SigningProfileRepository signingProfiles) {
      this.signingProfiles = Objects.requireNonNull(signingProfiles, "signingProfiles");
      return this;
    }

    /** Where instances, permission sets and their provisioning to accounts are kept (required). */
    public Builder permissionSets(PermissionSetRepository permissionSets) {
      this.permissionSets = Objects.requireNonNull(permissionSets, "permissionSets");
      return this;
    }

    /** Where provisioning requests are kept (required). */
    public Builder provisioningRequests(ProvisioningRequestRepository provisioningRequests) {
      this.provisioningRequests = Objects.requireNonNull(provisioningRequests, "provisioningRequests");
      return this;
    }

    /** Where account assignments and their operation statuses are kept. */
    public Builder accountAssignments(AccountAssignmentRepository accountAssignments) {
      this.accountAssignments = Objects.requireNonNull(accountAssignments, "accountAssignments");
      return this;
    }

    /** What does the provisioning work (required). */
    public Builder provisioningGateway(ProvisioningGateway provisioningGateway) {
      this.provisioningGateway = Objects.requireNonNull(provisioningGateway, "provisioningGateway");
      return this;
    }

    /**
     * How long a provisioning request may stay in progress before it fails (default 5 minutes).
     *
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder provisioningDeadline(Duration deadline) {
      if (deadline.isNegative() || deadline.isZero()) {
        throw new IllegalArgumentException("a deadline is positive: " + deadline);
      }
      this.provisioningDeadline = deadline;
      return this;
    }

    /**
     * How long this wiring holds the provisioning work it handed to its gateway before another instance may take it
     * over, unless {@link Grants#recoverProvisioning()} renews it (default 30 seconds). Shorter: a stopped
     * instance's work is taken over sooner; longer: a slow renewal (a paused process) is less likely to let work be
     * handed over twice.
     *
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder provisioningLease(Duration lease) {
      if (lease.isNegative() || lease.isZero()) {
        throw new IllegalArgumentException("a lease is positive: " + lease);
      }
      this.provisioningLease = lease;
      return this;
    }

    /**
     * The name this wiring leases work under (default: one derived from the first ids it draws, so distinct for
     * wirings whose id generators are): a host name, say, so that a store's rows tell which instance holds which
     * work. Two live wirings must not share one.
     *
     * @throws IllegalArgumentException if it is empty
     */
    public Builder instanceId(String instanceId) {
      if (instanceId == null || instanceId.isEmpty()) {
        throw new IllegalArgumentException("an instance id is not empty");
      }
      this.instanceId = instanceId;
      return this;
    }

    /**
     * The secret page tokens are signed with (default: one of this wiring's own, drawn from its id generator). Give
     * every wiring on one store the same, so that a {@code NextToken} one of them wrote is taken by another (behind
     * a load balancer) and after a restart; the PostgreSQL wiring keeps one in its schema for that.
     *
     * @throws IllegalArgumentException if it has fewer than 32 bytes
     */
    public Builder pageTokenSecret(byte[] secret) {
      if (secret == null || secret.length < 32) {
        throw new IllegalArgumentException("a page-token secret has at least 32 bytes");
      }
      this.pageTokenSecret = secret.clone();
      return this;
    }

    /** Where revision ids come from (required). */
    public Builder ids(IdGenerator ids) {
      this.ids = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /** What time it is (required). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Who is told of committed changes (default: nobody). */
    public Builder events(GrantsEventListener events) {
      this.events = Objects.requireNonNull(events, "events");
      return this;
    }

    /**
     * How many times a change is tried against a policy that concurrent writers keep changing before it is
     * refused with {@code GrantsError.ConcurrentModification} (default {@value #DEFAULT_MAX_COMMIT_ATTEMPTS}).
     *
     * @throws IllegalArgumentException if {@code attempts} is below 1
     */
    public Builder maxCommitAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("at least one attempt: " + attempts);
      }
      this.maxCommitAttempts = attempts;
      return this;
    }

    /**
     * The wired services.
     *
     * @throws IllegalStateException if a required port was not given
     */
    public Grants build() {
      require(resourcePolicies, "resourcePolicies");
      require(layerVersions, "layerVersions");
      require(signingProfiles, "signingProfiles");
      require(permissionSets, "permissionSets");
      require(provisioningRequests, "provisioningRequests");
      require(accountAssignments, "accountAssignments");
      require(provisioningGateway, "provisioningGateway");
      require(ids, "ids");
      require(clock, "clock");
      return new Grants(this);
    }

    private static void require(Object port, String name) {
      if (port == null) {
        throw new IllegalStateException("Grants.builder() needs " + name);
      }
    }
  }
}

package dev.grants.ports.service;

import dev.grants.ports.in.LayerVersionPermissions;
import dev.grants.ports.in.LayerVersions;
import dev.grants.ports.in.PermissionSetProvisioning;
import dev.grants.ports.in.PermissionSets;
import dev.grants.ports.in.SigningProfilePermissions;
import dev.grants.ports.in.SigningProfiles;
import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.LayerVersionRepository;
import dev.grants.ports.out.PermissionSetRepository;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.out.ProvisioningRequestRepository;
import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.ports.out.SigningProfileRepository;
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
  private final SigningProfilePermissions signingProfilePermissions;
  private final PermissionSets permissionSets;
  private final PermissionSetProvisioning permissionSetProvisioning;

  private Grants(Builder builder) {
    PolicyEditor policies =
        new PolicyEditor(builder.resourcePolicies, builder.ids, builder.events, builder.maxCommitAttempts);
    this.layerVersions = new LayerVersionService(builder.layerVersions, policies, builder.clock);
    this.layerVersionPermissions = new LayerVersionPermissionService(builder.layerVersions, policies);
    SigningProfileService profiles =
        new SigningProfileService(builder.signingProfiles, policies, builder.ids, builder.maxCommitAttempts);
    this.signingProfiles = profiles;
    this.signingProfilePermissions = new SigningProfilePermissionService(profiles, policies);
    // The page-token key is drawn from the id generator, the one source of randomness the core has.
    SignedPageTokens tokens = new SignedPageTokens(
        (builder.ids.newRevisionId().value() + builder.ids.newRevisionId().value()).getBytes(StandardCharsets.UTF_8));
    ProvisioningService provisioning = new ProvisioningService(builder.permissionSets, builder.provisioningRequests,
        builder.provisioningGateway, builder.ids, builder.clock, builder.provisioningDeadline, tokens,
        builder.maxCommitAttempts, new Announcer(builder.events));
    this.permissionSetProvisioning = provisioning;
    this.permissionSets = new PermissionSetService(builder.permissionSets, provisioning, builder.ids, builder.clock,
        tokens, builder.maxCommitAttempts);
    // Requests a restart left in progress are finished or failed now, never left hanging.
    provisioning.recover();
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

  /** The permissions of signing profiles. */
  public SigningProfilePermissions signingProfilePermissions() {
    return signingProfilePermissions;
  }

  /** Identity Center instances and permission sets. */
  public PermissionSets permissionSets() {
    return permissionSets;
  }

  /** Provisioning permission sets to accounts. */
  public PermissionSetProvisioning permissionSetProvisioning() {
    return permissionSetProvisioning;
  }

  /** Builds {@link Grants}. Not thread-safe; use it on one thread and discard it. */
  public static final class Builder {
    /** How often a change without a revision is re-applied after losing a race, by default. */
    public static final int DEFAULT_MAX_COMMIT_ATTEMPTS = 100;
    /** How long a provisioning request may stay in progress before it fails, by default. */
    public static final Duration DEFAULT_PROVISIONING_DEADLINE = Duration.ofMinutes(5);

    private ResourcePolicyRepository resourcePolicies;
    private LayerVersionRepository layerVersions;
    private SigningProfileRepository signingProfiles;
    private PermissionSetRepository permissionSets;
    private ProvisioningRequestRepository provisioningRequests;
    private ProvisioningGateway provisioningGateway;
    private Duration provisioningDeadline = DEFAULT_PROVISIONING_DEADLINE;
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

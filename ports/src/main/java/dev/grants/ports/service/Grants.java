package dev.grants.ports.service;

import dev.grants.ports.in.LayerVersionPermissions;
import dev.grants.ports.in.LayerVersions;
import dev.grants.ports.in.SigningProfilePermissions;
import dev.grants.ports.in.SigningProfiles;
import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.LayerVersionRepository;
import dev.grants.ports.out.ResourcePolicyRepository;
import dev.grants.ports.out.SigningProfileRepository;
import java.time.Clock;
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

  private Grants(Builder builder) {
    PolicyEditor policies =
        new PolicyEditor(builder.resourcePolicies, builder.ids, builder.events, builder.maxCommitAttempts);
    this.layerVersions = new LayerVersionService(builder.layerVersions, policies, builder.clock);
    this.layerVersionPermissions = new LayerVersionPermissionService(builder.layerVersions, policies);
    SigningProfileService profiles =
        new SigningProfileService(builder.signingProfiles, policies, builder.ids, builder.maxCommitAttempts);
    this.signingProfiles = profiles;
    this.signingProfilePermissions = new SigningProfilePermissionService(profiles, policies);
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

  /** Builds {@link Grants}. Not thread-safe; use it on one thread and discard it. */
  public static final class Builder {
    /** How often a change without a revision is re-applied after losing a race, by default. */
    public static final int DEFAULT_MAX_COMMIT_ATTEMPTS = 100;

    private ResourcePolicyRepository resourcePolicies;
    private LayerVersionRepository layerVersions;
    private SigningProfileRepository signingProfiles;
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

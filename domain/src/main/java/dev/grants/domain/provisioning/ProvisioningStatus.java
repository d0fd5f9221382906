package dev.grants.domain.provisioning;

/** The status of a provisioning request, as the service names it. */
public enum ProvisioningStatus {
  /** Work is under way. */
  IN_PROGRESS,
  /** Every account was provisioned. */
  SUCCEEDED,
  /** Some account failed, or the deadline passed. */
  FAILED
}

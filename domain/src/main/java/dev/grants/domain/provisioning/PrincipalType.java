package dev.grants.domain.provisioning;

/**
 * Who an account assignment gives access to: an Identity Center user or group ({@code PrincipalType}).
 *
 * <pre>{@code
 * PrincipalType.valueOf("GROUP"); // GROUP
 * }</pre>
 */
public enum PrincipalType {
  /** A user of the instance's identity store. */
  USER,
  /** A group of the instance's identity store. */
  GROUP
}

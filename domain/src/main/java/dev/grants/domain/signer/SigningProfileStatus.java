package dev.grants.domain.signer;

/**
 * The status of a signing profile. Only an {@code Active} profile can change; a canceled or revoked profile
 * stays readable, and its name is never reused.
 */
public enum SigningProfileStatus {
  /** In use. */
  ACTIVE("Active"),
  /** Canceled by its owner. */
  CANCELED("Canceled"),
  /** Revoked. */
  REVOKED("Revoked");

  private final String wireName;

  SigningProfileStatus(String wireName) {
    this.wireName = wireName;
  }

  /** The name the service uses ({@code Active}, {@code Canceled}, {@code Revoked}). */
  public String wireName() {
    return wireName;
  }
}

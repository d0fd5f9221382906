/**
 * AWS Signer: signing profiles ({@link dev.grants.domain.signer.SigningProfile}, their ARNs and status), the
 * signing platforms and the actions each allows ({@link dev.grants.domain.signer.SigningPlatform}), and the
 * rules of a profile permission ({@link dev.grants.domain.signer.ProfilePermission}), which lives as a statement
 * in the same {@link dev.grants.domain.policy.ResourcePolicy} machinery as Lambda's.
 */
package dev.grants.domain.signer;

/**
 * Behaviour suites for any wiring of the inbound ports, one per family and concern
 * ({@link dev.grants.testkit.behaviour.LayerVersionsBehaviour},
 * {@link dev.grants.testkit.behaviour.LayerVersionPermissionsBehaviour},
 * {@link dev.grants.testkit.behaviour.SigningProfilesBehaviour},
 * {@link dev.grants.testkit.behaviour.SigningProfilePermissionsBehaviour},
 * {@link dev.grants.testkit.behaviour.PermissionSetsBehaviour},
 * {@link dev.grants.testkit.behaviour.PermissionSetProvisioningBehaviour},
 * {@link dev.grants.testkit.behaviour.CrossAccountBehaviour}), on the shared
 * {@link dev.grants.testkit.behaviour.WiringBehaviour} and
 * {@link dev.grants.testkit.behaviour.ProvisioningWiringBehaviour}. A large family's suite runs its parts as
 * nested classes, so one subclass runs the whole family.
 */
package dev.grants.testkit.behaviour;

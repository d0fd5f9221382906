/**
 * Deterministic fakes of the outbound ports a wiring needs besides its stores:
 * {@link dev.grants.testkit.fake.FixedClock}, {@link dev.grants.testkit.fake.SequentialIds} and
 * {@link dev.grants.testkit.fake.ScriptedProvisioningGateway}.
 */
package dev.grants.testkit.fake;

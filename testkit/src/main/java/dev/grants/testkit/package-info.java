/**
 * What consumers test with: abstract JUnit 5 contract suites for the outbound ports
 * ({@link dev.grants.testkit.ResourcePolicyRepositoryContract}, {@link dev.grants.testkit.LayerVersionRepositoryContract},
 * {@link dev.grants.testkit.SigningProfileRepositoryContract},
 * {@link dev.grants.testkit.PermissionSetRepositoryContract},
 * {@link dev.grants.testkit.ProvisioningRequestRepositoryContract}), the concurrent
 * {@link dev.grants.testkit.ResourcePolicyRepositoryLinearizabilityContract} with its
 * {@link dev.grants.testkit.LinearizabilityChecker}, behaviour suites for any wiring of the inbound
 * ports ({@link dev.grants.testkit.LayerVersionsBehaviour}, {@link dev.grants.testkit.LayerVersionPermissionsBehaviour},
 * {@link dev.grants.testkit.SigningProfilesBehaviour}, {@link dev.grants.testkit.SigningProfilePermissionsBehaviour},
 * {@link dev.grants.testkit.PermissionSetsBehaviour}, {@link dev.grants.testkit.PermissionSetProvisioningBehaviour}),
 * {@link dev.grants.testkit.Fixtures} with the seed documents' examples, fault injection for every outbound port
 * ({@link dev.grants.testkit.FaultPlan}, {@link dev.grants.testkit.Fault}, {@link dev.grants.testkit.OutboundCall})
 * with the {@link dev.grants.testkit.FaultToleranceBehaviour} suite that runs every inbound operation under every
 * fault, and deterministic fakes
 * ({@link dev.grants.testkit.FixedClock}, {@link dev.grants.testkit.SequentialIds},
 * {@link dev.grants.testkit.ScriptedProvisioningGateway}).
 */
package dev.grants.testkit;

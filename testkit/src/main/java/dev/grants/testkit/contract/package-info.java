/**
 * Abstract JUnit 5 contract suites, one per outbound port ({@link dev.grants.testkit.contract.ResourcePolicyRepositoryContract},
 * {@link dev.grants.testkit.contract.LayerVersionRepositoryContract},
 * {@link dev.grants.testkit.contract.SigningProfileRepositoryContract},
 * {@link dev.grants.testkit.contract.PermissionSetRepositoryContract},
 * {@link dev.grants.testkit.contract.ProvisioningRequestRepositoryContract}), the concurrent
 * {@link dev.grants.testkit.contract.ResourcePolicyRepositoryLinearizabilityContract} with its
 * {@link dev.grants.testkit.contract.LinearizabilityChecker}, and the
 * {@link dev.grants.testkit.contract.PolicyDocumentWriterContract} for policy writers.
 */
package dev.grants.testkit.contract;

/**
 * IAM Identity Center permission-set provisioning: instances ({@link dev.grants.domain.provisioning.Instance}),
 * permission sets with a definition version ({@link dev.grants.domain.provisioning.PermissionSet}), the version
 * provisioned to each account ({@link dev.grants.domain.provisioning.ProvisionedAccount}: latest or stale), and
 * the provisioning request state machine ({@link dev.grants.domain.provisioning.ProvisioningRequest}): one type per
 * state, each transition only on the state where it is legal, terminal states final.
 */
package dev.grants.domain.provisioning;

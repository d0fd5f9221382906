package dev.grants.ports.in;

/**
 * What one run of provisioning recovery ({@code Grants.recoverProvisioning()}) did: the leases this instance still
 * held it extended, the requests past their deadline it failed, and the work other instances left (their leases
 * lapsed, or were never taken) it took over: handed to its gateway, or failed where the work can no longer be done
 * (its permission set was deleted, or its definition changed).
 *
 * <pre>{@code
 * ProvisioningRecovery done = grants.recoverProvisioning().get();
 * done.accountsHandedOver(); // 2: a stopped instance's accounts, now this instance's
 * }</pre>
 *
 * @param leasesRenewed leases of this instance extended
 * @param requestsExpired requests in progress found past their deadline, now failed
 * @param accountsHandedOver accounts taken over and handed to this instance's gateway
 * @param accountsFailed accounts taken over and failed, since their work could no longer be done
 */
public record ProvisioningRecovery(int leasesRenewed, int requestsExpired, int accountsHandedOver, int accountsFailed) {}

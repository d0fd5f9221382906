/**
 * The application services, one per family and concern, built from the outbound ports only and wired by
 * the one public entry point, {@link dev.grants.ports.service.Grants}. No service calls another: what several
 * share is a part of its own, the lookups that find what a request names ({@code LayerVersionLookup},
 * {@code SigningProfileLookup}, {@code PermissionSetLookup}), the policy editor, the one bounded compare-and-set
 * retry ({@code CompareAndSet}), and the provisioning lifecycle ({@code ProvisioningLifecycle}, with its deadlines,
 * {@code ProvisioningDeadlines}), whose read side is {@code ProvisioningQueries}. Every public operation contains
 * the failures of the ports it calls once, in {@code PortFailures}.
 */
package dev.grants.ports.service;

/**
 * Who a grant is for, and where resources live: {@link dev.grants.domain.principal.AccountId},
 * {@link dev.grants.domain.principal.OrganizationId}, {@link dev.grants.domain.principal.Region},
 * {@link dev.grants.domain.principal.Partition}, {@link dev.grants.domain.principal.Arn} and the sealed
 * {@link dev.grants.domain.principal.Principal}.
 */
package dev.grants.domain.principal;

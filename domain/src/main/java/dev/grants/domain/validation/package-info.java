/**
 * Member-level validation: the constraints of the service models ({@link dev.grants.domain.validation.Constraint}),
 * the violations they report ({@link dev.grants.domain.validation.Violation}) and the rules that check one request
 * member ({@link dev.grants.domain.validation.MemberRule}).
 */
package dev.grants.domain.validation;

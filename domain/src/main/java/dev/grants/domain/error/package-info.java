/**
 * Every refusal Grants can answer with, as the sealed {@link dev.grants.domain.error.GrantsError} hierarchy of
 * records with structured fields. Message texts are not here: each family's wire adapter turns an error
 * into that family's code, status and text.
 */
package dev.grants.domain.error;

/**
 * IAM policy documents both ways. They are the hot path, so they are written as pieces of text without a
 * generator ({@code PolicyDocumentWriter}), and read in one pass straight into the domain when plain, through a
 * Jackson tree otherwise ({@code PolicyDocumentReader}).
 */
package dev.grants.adapters.json.policy;

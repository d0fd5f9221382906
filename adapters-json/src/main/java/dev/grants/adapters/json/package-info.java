/**
 * Wire codecs: requests to commands, results and errors to each service's exact JSON, and IAM policy
 * documents both ways. Explicit code with field-name constants, {@code JsonGenerator} to write and the tree
 * model to read; no annotation-driven binding. Policy documents, the hot path, are the exception: written as
 * pieces of text without a generator ({@code PolicyDocumentWriter}), and read in one pass straight into the
 * domain when plain, through the tree otherwise ({@code PolicyDocumentReader}).
 */
package dev.grants.adapters.json;

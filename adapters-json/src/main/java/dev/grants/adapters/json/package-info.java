/**
 * Wire codecs: requests to commands, results and errors to each service's exact JSON, and IAM policy
 * documents both ways. Explicit code with field-name constants, {@code JsonGenerator} to write and the tree
 * model to read; no annotation-driven binding.
 */
package dev.grants.adapters.json;

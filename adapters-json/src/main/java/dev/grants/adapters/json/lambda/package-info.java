/** The Lambda layer family (rest-json): its operations, its codec and its answer to every error. */
package dev.grants.adapters.json.lambda;

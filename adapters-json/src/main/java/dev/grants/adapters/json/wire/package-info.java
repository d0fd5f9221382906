/**
 * The JSON primitives every family's codec shares: reading a request body ({@code JsonBody}), writing one
 * ({@code JsonWriting}), the answer ({@code WireResponse}), where a rest-json operation lives ({@code WireRoute}),
 * the validation framework's messages, and the table that answers every {@code GrantsError} ({@code ErrorTable}).
 *
 * <p>adapters-json is in parts: {@code dev.grants.adapters.json.policy} (IAM policy documents both ways),
 * {@code .lambda}, {@code .signer} and {@code .ssoadmin} (one per family: its operations, its codec and its answer
 * to every {@code GrantsError}), and this package. Explicit code with field-name constants, {@code JsonGenerator}
 * to write and the tree model to read; no annotation-driven binding.
 */
package dev.grants.adapters.json.wire;

package dev.grants.ports.in;

/**
 * The outcome of {@code DeleteLayerVersion}, which succeeds whether or not the version existed.
 *
 * @param deleted whether a version was deleted by this call (false: missing layer or version, or repeated
 *     delete)
 */
public record DeleteLayerVersionResult(boolean deleted) {}

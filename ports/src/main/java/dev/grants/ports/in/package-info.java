/**
 * Inbound ports: one interface per family and concern, named as a capability
 * ({@link dev.grants.ports.in.LayerVersions}, {@link dev.grants.ports.in.LayerVersionPermissions}). Each method
 * takes a command named after the AWS operation, carrying the request members as given, and returns
 * {@code Either<GrantsError, Result>}: expected refusals are values, never exceptions.
 */
@GrantsStyle
package dev.grants.ports.in;

import dev.grants.domain.GrantsStyle;

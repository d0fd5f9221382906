package dev.grants.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: JDK collections only, generated classes hidden behind the
 * abstract type, which offers {@code builder()} (and {@code of(...)} where it makes sense).
 *
 * <pre>{@code
 * @Value.Immutable
 * @GrantsStyle
 * public abstract class SomeCommand {
 *   public abstract String name();
 *   public static Builder builder() { return new Builder(); }
 *   public static final class Builder extends ImmutableSomeCommand.Builder {}
 * }
 * }</pre>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    get = {"is*", "get*"},
    allParameters = false)
public @interface GrantsStyle {}

package dev.tenantsim.scenario.cli;

/**
 * A sub-command another jar adds to {@code tenantsim}, found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.tenantsim.scenario.cli.CommandPlugin}), as {@code spark-runner}
 * adds its sweep engine: the {@code web} module's jar brings {@code serve}, so the product jar
 * starts without a web server in it.
 */
public interface CommandPlugin {
    /** The sub-command's name ({@code serve}). */
    String name();

    /** A new picocli command object (annotated with {@code @Command}). */
    Object command();
}

package dev.tenantsim.spark;

import dev.tenantsim.scenario.cli.TenantsimCommand;

/**
 * The {@code tenantsim} command with the Spark engine on the classpath: the main class of
 * {@code tenantsim-spark.jar} and of {@code spark-submit --class}. Everything else is the product's
 * command; {@code --engine spark} on {@code sweep} and {@code compare} finds {@link SparkSweepEngine}
 * through {@link java.util.ServiceLoader}.
 */
public final class SparkMain {
    private SparkMain() {
    }

    public static void main(String[] args) {
        TenantsimCommand.main(args);
    }
}

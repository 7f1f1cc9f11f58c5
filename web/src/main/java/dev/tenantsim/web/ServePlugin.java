package dev.tenantsim.web;

import dev.tenantsim.scenario.cli.CommandPlugin;

/** Registers {@code serve} with the {@code tenantsim} command when this jar is on the classpath. */
public final class ServePlugin implements CommandPlugin {
    @Override
    public String name() {
        return "serve";
    }

    @Override
    public Object command() {
        return new ServeCommand();
    }
}

package dev.tenantsim.engine.kernel;

/**
 * Receives the events scheduled for it. An event carries no object payload: an {@code int kind}
 * (an opcode the handler owns, e.g. ARRIVAL, DEPARTURE, TIMEOUT) and an {@code int arg}
 * (usually a dense entity index: a request slot, a server, a tenant). This keeps the calendar
 * on primitive arrays with no allocation per event.
 */
@FunctionalInterface
public interface EventHandler {
    /** Handles one event at {@code sim.now()}. */
    void handle(int kind, int arg);
}

package dev.tenantsim.engine.kernel;

import java.util.Arrays;
import java.util.Objects;

/**
 * One simulation run: the clock, the event calendar and the handlers events are delivered to.
 *
 * <pre>{@code
 * Simulation sim = new Simulation(RandomStreams.of(42));
 * int me = sim.register((kind, arg) -> { ... sim.schedule(1.5, me, NEXT, arg); });
 * sim.scheduleAt(0.0, me, START, 0);
 * sim.runUntil(3600.0);
 * }</pre>
 *
 * <p>Time is a {@code double} in the model's unit (the platform uses seconds). The clock never
 * goes backwards: scheduling in the past is an error. There is no global state: a run is a pure
 * function of its model and seed, so independent runs may execute on different threads.
 */
public final class Simulation {
    private final EventCalendar calendar;
    private final RandomStreams streams;
    private final EventCalendar.Cursor cursor = new EventCalendar.Cursor();
    private EventHandler[] handlers = new EventHandler[8];
    private int handlerCount;
    private double now;
    private long eventsProcessed;
    private boolean stopRequested;

    public Simulation(RandomStreams streams) {
        this(streams, new EventCalendar());
    }

    public Simulation(RandomStreams streams, EventCalendar calendar) {
        this.streams = Objects.requireNonNull(streams, "streams");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Current simulated time. */
    public double now() {
        return now;
    }

    /** The run's named random streams (derived from the scenario seed). */
    public RandomStreams streams() {
        return streams;
    }

    /** Registers a handler and returns its id, used as the target of scheduled events. */
    public int register(EventHandler handler) {
        Objects.requireNonNull(handler, "handler");
        if (handlerCount == handlers.length) {
            handlers = Arrays.copyOf(handlers, handlerCount * 2);
        }
        handlers[handlerCount] = handler;
        return handlerCount++;
    }

    /** Schedules an event {@code delay} time units from now; returns a handle for {@link #cancel}. */
    public long schedule(double delay, int handler, int kind, int arg) {
        if (!(delay >= 0)) {
            throw new IllegalArgumentException("delay (" + delay + ") must be >= 0");
        }
        return calendar.schedule(now + delay, checkHandler(handler), kind, arg);
    }

    /** Schedules an event at absolute time {@code time >= now()}. */
    public long scheduleAt(double time, int handler, int kind, int arg) {
        if (!(time >= now)) {
            throw new IllegalArgumentException("event time (" + time + ") must be >= now (" + now + ")");
        }
        return calendar.schedule(time, checkHandler(handler), kind, arg);
    }

    /** Cancels a pending event; false if it already fired or was cancelled. */
    public boolean cancel(long handle) {
        return calendar.cancel(handle);
    }

    public boolean isPending(long handle) {
        return calendar.isPending(handle);
    }

    /** Runs until the calendar is empty or {@link #stop()} is called. */
    public void run() {
        runUntil(Double.POSITIVE_INFINITY);
    }

    /**
     * Runs every event with time {@code <= until}, then sets the clock to {@code until}
     * (if finite and not stopped early), leaving later events pending.
     */
    public void runUntil(double until) {
        if (Double.isNaN(until)) {
            throw new IllegalArgumentException("until (NaN) must be a time");
        }
        stopRequested = false;
        EventCalendar cal = calendar;
        EventCalendar.Cursor c = cursor;
        EventHandler[] hs = handlers;
        // peekTime() is +Infinity when empty, so test emptiness explicitly: run() has until = +Infinity.
        while (!stopRequested && cal.size() > 0 && cal.peekTime() <= until) {
            cal.pollInto(c);
            now = c.time;
            eventsProcessed++;
            if (c.handler >= hs.length || hs[c.handler] == null) {
                hs = handlers;
            }
            hs[c.handler].handle(c.kind, c.arg);
            hs = handlers; // a handler may have registered another one
        }
        if (!stopRequested && until != Double.POSITIVE_INFINITY && until > now) {
            now = until;
        }
    }

    /** Asks the running loop to return after the current event. */
    public void stop() {
        stopRequested = true;
    }

    /** Number of events delivered so far. */
    public long eventsProcessed() {
        return eventsProcessed;
    }

    /** Number of events pending. */
    public int pendingEvents() {
        return calendar.size();
    }

    private int checkHandler(int handler) {
        if (handler < 0 || handler >= handlerCount) {
            throw new IllegalArgumentException("handler (" + handler + ") is not registered; ids are 0.." + (handlerCount - 1));
        }
        return handler;
    }
}

package dev.tenantsim.engine.fluid;

/**
 * A window the fluid pass found busy, to be simulated exactly by the request-level pass.
 *
 * @param stack the stack
 * @param startMinute first minute of the window (0-based from the horizon start)
 * @param lengthMinutes length of the window
 * @param meanOfferedLoad mean over the window of the offered load of the stack's bottleneck
 *     (demand / capacity, may exceed 1 when overloaded): the ranking key
 * @param peakUtilization highest served utilization of any resource in the window
 */
public record BusyWindow(int stack, int startMinute, int lengthMinutes, double meanOfferedLoad,
                         double peakUtilization) {
}

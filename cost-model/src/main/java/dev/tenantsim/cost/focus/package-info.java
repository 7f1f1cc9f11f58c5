/**
 * The simulated bill in the FinOps Foundation's FOCUS column format, so FinOps tools can read it
 * next to a real invoice. Entry point: {@link dev.tenantsim.cost.focus.FocusCsv}.
 */
package dev.tenantsim.cost.focus;

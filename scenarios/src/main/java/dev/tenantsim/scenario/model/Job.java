package dev.tenantsim.scenario.model;

import java.time.Duration;
import java.time.LocalTime;

/** A background job: at a time of day it opens {@code connections} queries of {@code queryTime} each. */
public record Job(String kind, LocalTime at, int connections, Duration queryTime, double rowsScanned) {
}

/**
 * Real traces: {@link dev.tenantsim.workload.trace.TraceReader} at the root, one sub-package per
 * format ({@code csv}, {@code bitbrains}, {@code planetlab}, {@code azure}), each naming, describing
 * and recognising (from a file's first line) its own format, listed once in
 * {@link dev.tenantsim.workload.trace.TraceReaderRegistry}; streamed into a
 * {@link dev.tenantsim.workload.trace.TraceSink}, typically
 * {@link dev.tenantsim.workload.trace.TraceReplay}, which resamples to one-minute rates and builds
 * replaying signatures. Formats, error messages, the CPU → requests mapping and the gap policies
 * are documented in {@code workload-models/TRACE-FORMAT.md}.
 */
package dev.tenantsim.workload.trace;

package dev.tenantsim.workload.trace.bitbrains;

import java.util.List;

/** Test access to the Bitbrains header. */
public final class BitbrainsTraceReaderAccess {
    private BitbrainsTraceReaderAccess() {
    }

    public static List<String> header() {
        return BitbrainsTraceReader.HEADER;
    }
}

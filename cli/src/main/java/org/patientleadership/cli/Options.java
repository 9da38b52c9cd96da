package org.patientleadership.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * The options every command shares: how to read the input, what to write and where.
 */
final class Options {

    /** How to read the input files. */
    static final class In {
        @Option(names = {"--input-format", "-i"}, paramLabel = "FORMAT", defaultValue = "auto",
                description = "How to read the input: auto, json, csv, redcap or fhir (default: ${DEFAULT-VALUE}: "
                        + "worked out from the file)")
        InputFormat format;
    }

    /** What to write and where. */
    static final class Out {
        @Option(names = {"--format", "-f"}, paramLabel = "FORMAT", defaultValue = "table",
                description = "What to write: table, json, csv, html or md (default: ${DEFAULT-VALUE})")
        OutputFormat format;

        @Option(names = {"--output", "-o"}, paramLabel = "FILE",
                description = "Write to this file instead of standard output; it is replaced whole, or not at all")
        Path file;
    }

    private Options() {
    }

    /**
     * Formats a number with one decimal, or a dash when it is absent.
     *
     * @param value  the value
     * @return the text
     */
    static String one(java.util.OptionalDouble value) {
        return value.isPresent() ? String.format(java.util.Locale.ROOT, "%.1f", value.getAsDouble()) : "-";
    }

    /**
     * Formats a number with two decimals, or a dash when it is absent.
     *
     * @param value  the value
     * @return the text
     */
    static String two(java.util.OptionalDouble value) {
        return value.isPresent() ? String.format(java.util.Locale.ROOT, "%.2f", value.getAsDouble()) : "-";
    }
}

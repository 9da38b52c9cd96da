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
     * Reads an enum constant from the command line, in any case.
     *
     * @param <E>  the enum
     * @param type  the enum's class
     * @param text  the text given
     * @param kind  what the value is, such as {@code an output format}
     * @return the constant
     * @throws picocli.CommandLine.TypeConversionException if no constant has that name, naming the allowed ones
     */
    static <E extends Enum<E>> E parse(Class<E> type, String text, String kind) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text.strip())) {
                return e;
            }
        }
        java.util.List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                .toList();
        throw new picocli.CommandLine.TypeConversionException("'" + text + "' is not " + kind + "; use "
                + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1));
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

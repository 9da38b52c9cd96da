package org.patientleadership.cli;

import java.util.Locale;

/**
 * What a command writes: a table for people (the default), or JSON, CSV, HTML or Markdown for other tools.
 */
enum OutputFormat {

    /** Aligned plain text, for reading in a terminal. */
    TABLE,
    /** Stable JSON, for scripts. */
    JSON,
    /** CSV with a header row, for spreadsheets. */
    CSV,
    /** One self-contained HTML page (the library's report), for sharing and printing. */
    HTML,
    /** The same report as Markdown. */
    MD;

    /**
     * Reads a format from the command line, in any case.
     *
     * @param text  the text given
     * @return the format
     * @throws picocli.CommandLine.TypeConversionException if it is not a format, naming the allowed ones
     */
    static OutputFormat parse(String text) {
        for (OutputFormat f : values()) {
            if (f.name().equalsIgnoreCase(text.strip())) {
                return f;
            }
        }
        throw new picocli.CommandLine.TypeConversionException("'" + text + "' is not an output format; use table, json, csv, html or md");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

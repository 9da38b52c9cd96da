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

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.patientleadership.report;

/**
 * A report people can look at rather than read: an {@link AssessmentReport} of one self-assessment, a
 * {@link ProgressReport} of one organisation over time, a {@link CohortReport} of many assessments, or a
 * {@link RoundReport} of several raters of one organisation.
 *
 * <p>Each gives the same content two ways: {@link #html()}, one self-contained page (inline style sheet and SVG
 * charts, no scripts, nothing fetched, readable on a phone and printable on A4), and {@link #markdown()}, for
 * README-style use and plain-text tools, where every chart becomes a table. Both are deterministic: the same
 * input gives the same text, byte for byte. All user text is escaped.
 */
public sealed interface Report permits AssessmentReport, ProgressReport, CohortReport, RoundReport {

    /**
     * Gives the report's title, as plain text.
     *
     * @return the title, not blank
     */
    String title();

    /**
     * Writes the report as one self-contained HTML page (polyglot HTML: it also parses as XML).
     *
     * @return the page, in UTF-8 when encoded
     */
    String html();

    /**
     * Writes the report as Markdown.
     *
     * @return the Markdown text
     */
    String markdown();
}

package org.patientleadership.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns: numbers to the right, words to the left, for a terminal.
 */
final class TextTable {

    private final String[] headers;
    private final boolean[] numeric;
    private final List<String[]> rows = new ArrayList<>();

    /**
     * Starts a table; a header ending in {@code #} marks a right-aligned (numeric) column, the mark not shown.
     *
     * @param headers  the column headers
     */
    TextTable(String... headers) {
        this.headers = new String[headers.length];
        this.numeric = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            numeric[i] = headers[i].endsWith("#");
            this.headers[i] = numeric[i] ? headers[i].substring(0, headers[i].length() - 1) : headers[i];
        }
    }

    /**
     * Adds a row.
     *
     * @param cells  one cell per column
     * @return this table
     */
    TextTable row(String... cells) {
        if (cells.length != headers.length) {
            throw new IllegalArgumentException("bug: a row needs " + headers.length + " cells, not " + cells.length);
        }
        rows.add(cells.clone());
        return this;
    }

    /**
     * Renders the table.
     *
     * @return the lines, each ending with a line break
     */
    String render() {
        int[] width = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            width[i] = headers[i].length();
            for (String[] row : rows) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, headers, width);
        String[] rule = new String[headers.length];
        for (int i = 0; i < rule.length; i++) {
            rule[i] = "-".repeat(width[i]);
        }
        line(b, rule, width);
        for (String[] row : rows) {
            line(b, row, width);
        }
        return b.toString();
    }

    private void line(StringBuilder b, String[] cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                l.append("  ");
            }
            String pad = " ".repeat(width[i] - cells[i].length());
            l.append(numeric[i] ? pad + cells[i] : cells[i] + pad);
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }

    @Override
    public String toString() {
        return "TextTable" + Arrays.toString(headers);
    }
}

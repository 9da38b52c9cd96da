package org.patientleadership.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints rows of text as a plain table with aligned columns; long cells are cut to a maximum width with an
 * ellipsis.
 */
final class Table {

    private static final int MAX_WIDTH = 70;

    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = headers.clone();
    }

    Table row(String... cells) {
        if (cells.length != headers.length) {
            throw new IllegalArgumentException("A row needs " + headers.length + " cells, not " + cells.length);
        }
        rows.add(cells.clone());
        return this;
    }

    void print(PrintStream out) {
        int[] widths = new int[headers.length];
        for (int c = 0; c < headers.length; c++) {
            widths[c] = headers[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, row[c].length()));
            }
        }
        printRow(headers, widths, out);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : "-+-").append("-".repeat(widths[c]));
        }
        out.println(rule);
        for (String[] row : rows) {
            printRow(row, widths, out);
        }
    }

    private static void printRow(String[] cells, int[] widths, PrintStream out) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c].length() > widths[c] ? cells[c].substring(0, widths[c] - 1) + "…" : cells[c];
            line.append(c == 0 ? "" : " | ").append(cell).append(" ".repeat(widths[c] - cell.length()));
        }
        out.println(line.toString().stripTrailing());
    }
}

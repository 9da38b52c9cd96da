package org.patientleadership.cli;

import java.util.List;

/**
 * Writes CSV (RFC 4180): a header row, then one line per row; cells with a comma, quote or line break are
 * quoted, and cells a spreadsheet would run as a formula ({@code = + - @} first) get a leading apostrophe.
 */
final class CsvText {

    private final StringBuilder out = new StringBuilder();

    /**
     * Starts the CSV with its header.
     *
     * @param header  the column names
     */
    CsvText(String... header) {
        row(List.of(header));
    }

    /**
     * Adds a row.
     *
     * @param cells  the cells
     * @return this writer
     */
    CsvText row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    private static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static boolean isNumber(String v) {
        return v.matches("-?[0-9]+(\\.[0-9]+)?");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

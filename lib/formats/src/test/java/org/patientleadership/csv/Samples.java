package org.patientleadership.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds small CSV files for tests: a header and rows given as column-to-value maps. */
final class Samples {

    private Samples() {
    }

    /** The plain CSV header without evidence columns: organisation, date, assessor_roles, point_1..point_40. */
    static List<String> plainHeader() {
        List<String> header = new ArrayList<>(List.of("organisation", "date", "assessor_roles"));
        for (int n = 1; n <= 40; n++) {
            header.add("point_" + n);
        }
        return header;
    }

    /** The REDCap records header as {@link RedcapExport#records} writes it. */
    static List<String> redcapHeader() {
        List<String> header = new ArrayList<>(List.of("record_id"));
        header.addAll(RedcapExport.LAYOUT.all());
        header.add(RedcapExport.COMPLETE);
        return header;
    }

    /** Cells given as column and value pairs, in a mutable map. */
    static Map<String, String> cells(String... pairs) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            cells.put(pairs[i], pairs[i + 1]);
        }
        return cells;
    }

    /** A row for a header, the given cells set and the rest empty. */
    static List<String> row(List<String> header, Map<String, String> cells) {
        Map<String, String> row = new LinkedHashMap<>();
        header.forEach(h -> row.put(h, ""));
        row.putAll(cells);
        if (row.size() != header.size()) {
            throw new IllegalArgumentException("unknown columns in " + cells);
        }
        return new ArrayList<>(row.values());
    }

    /** Joins rows as CSV text, quoting every cell that holds a comma, quote or line break. */
    static String csv(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(Samples::quote).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A plain CSV file with one row: the given cells, organisation and date defaulted when not given. Columns
     * not in {@link #plainHeader()}, such as evidence columns, are appended to the header in the order given.
     */
    static byte[] plain(Map<String, String> cells) {
        Map<String, String> all = new LinkedHashMap<>(Map.of("organisation", "North Trust", "date", "2026-03-31"));
        all.putAll(cells);
        List<String> header = plainHeader();
        all.keySet().stream().filter(k -> !header.contains(k)).toList().forEach(header::add);
        return utf8(csv(List.of(header, row(header, all))));
    }
}

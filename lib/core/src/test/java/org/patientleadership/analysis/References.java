package org.patientleadership.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the committed fixture data sets and the reference values R's psych computed for them
 * ({@code references.R} and its output {@code references.tsv}, in the test resources of this package).
 */
final class References {

    /** One reference value: data set, analysis, table, row, column and value (null where psych gives NA). */
    record Line(String set, String analysis, String table, String row, String column, Double value) {
    }

    static final List<Line> LINES = read();

    private References() {
    }

    private static List<Line> read() {
        List<Line> lines = new ArrayList<>();
        for (String text : resource("references.tsv").split("\n")) {
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            String[] f = text.split("\t", -1);
            lines.add(new Line(f[0], f[1], f[2], f[3], f[4], f[5].equals("NA") ? null : Double.valueOf(f[5])));
        }
        return List.copyOf(lines);
    }

    static List<Line> lines(String set, String analysis) {
        return LINES.stream().filter(l -> l.set().equals(set) && l.analysis().equals(analysis)).toList();
    }

    /** Reads a fixture CSV: a header of names, then rows of integers or NA. */
    static ItemData items(String set) {
        String[] rows = resource(set + ".csv").split("\n");
        List<String> names = Arrays.stream(rows[0].split(",")).map(s -> s.replace("\"", "").trim()).toList();
        List<List<Integer>> data = new ArrayList<>();
        for (int r = 1; r < rows.length; r++) {
            if (rows[r].isBlank()) {
                continue;
            }
            data.add(Arrays.stream(rows[r].trim().split(",")).map(s -> s.equals("NA") ? null : Integer.valueOf(s))
                    .toList());
        }
        return ItemData.of(names, data);
    }

    static String resource(String name) {
        try (InputStream in = References.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.patientleadership.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.patientleadership.InvalidInputException;
import org.patientleadership.Problem;
import org.patientleadership.internal.UserText;

/**
 * The header of a CSV file matched against the column names an import knows. Names are compared stripped and
 * in lower case. Blank and duplicate names, cells over the length limit and missing required columns stop the
 * import; a column the import does not know is either a problem (the plain CSV, whose header is fixed) or a
 * note (a REDCap export, which may hold a project's other fields). Not part of the API.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Columns {

    private final List<String> labels;
    private final Map<String, Integer> positions;
    private final List<Problem> problems;
    private final List<Problem> notes;

    private Columns(List<String> labels, Map<String, Integer> positions, List<Problem> problems,
            List<Problem> notes) {
        this.labels = labels;
        this.positions = positions;
        this.problems = problems;
        this.notes = notes;
    }

    /**
     * Normalises a column name for comparison: stripped and lower case.
     *
     * @param name  the name as written
     * @return the normalised name, not null
     */
    static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Matches a header.
     *
     * @param header  the header cells
     * @param required  the normalised names that must be present, in the order to report them
     * @param known  the normalised names that are read or recognised, including the required ones
     * @param unknownIsProblem  true to report unknown columns as problems, false as notes
     * @param unknownNote  the note or problem message for an unknown column
     * @param columnsAllowed  the columns allowed, in words, for the problem of an unknown column
     * @param limits  the limits, for the cell length
     * @param format  the format, for messages
     * @return the columns, not null
     * @throws InvalidInputException if a name is blank, too long or repeated, or a required column missing
     */
    static Columns match(List<String> header, List<String> required, Set<String> known, boolean unknownIsProblem,
            String unknownNote, List<String> columnsAllowed, CsvLimits limits, String format) {
        List<Problem> ordered = new ArrayList<>();
        List<Problem> unknown = new ArrayList<>();
        boolean fatal = false;
        List<String> labels = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i);
            String name = normalise(cell);
            labels.add(name.isEmpty() || cell.length() > limits.maxCellLength() ? Integer.toString(i + 1)
                    : UserText.escaped(cell.strip()));
            String location = "row 1, column " + labels.get(i);
            Problem fault = null;
            if (cell.length() > limits.maxCellLength()) {
                fault = new Problem(location, cell, List.of("at most " + limits.maxCellLength() + " characters"),
                        "the column name has " + cell.length() + " characters");
            } else if (name.isEmpty()) {
                fault = new Problem(location, cell, List.of("a column name"), "column " + (i + 1) + " has no name");
            } else if (positions.containsKey(name)) {
                fault = new Problem(location, cell, List.of("each column once"), "the column " + labels.get(i)
                        + " appears more than once (columns " + (positions.get(name) + 1) + " and " + (i + 1) + ")");
            } else {
                positions.put(name, i);
                if (!known.contains(name)) {
                    Problem p = new Problem(location, cell.strip(), unknownIsProblem ? columnsAllowed : List.of(),
                            unknownNote);
                    unknown.add(p);
                    if (unknownIsProblem) {
                        ordered.add(p);
                    }
                }
            }
            if (fault != null) {
                fatal = true;
                ordered.add(fault);
            }
        }
        if (header.size() == 1 && (header.get(0).contains(";") || header.get(0).contains("\t"))) {
            fatal = true;
            ordered.add(0, new Problem("row 1", header.get(0), List.of("column names separated by commas"),
                    "the header is one column holding " + (header.get(0).contains(";") ? "semicolons" : "tabs")
                            + "; separate the columns with commas"));
        }
        for (String name : required) {
            if (!positions.containsKey(name)) {
                fatal = true;
                ordered.add(new Problem("row 1", "", List.of(), "the required column " + name + " is missing"));
            }
        }
        if (fatal) {
            throw new InvalidInputException(format, ordered);
        }
        List<Problem> problems = unknownIsProblem ? List.copyOf(unknown) : List.of();
        List<Problem> notes = unknownIsProblem ? List.of() : List.copyOf(unknown);
        return new Columns(List.copyOf(labels), Map.copyOf(positions), problems, notes);
    }

    /**
     * Gets the number of columns.
     *
     * @return the number of columns in the header
     */
    int size() {
        return labels.size();
    }

    /**
     * Finds the position of a column.
     *
     * @param name  the normalised name
     * @return the position from 0, or empty if the header has no such column
     */
    OptionalInt position(String name) {
        Integer p = positions.get(name);
        return p == null ? OptionalInt.empty() : OptionalInt.of(p);
    }

    /**
     * Gets the label of a column for locations: its name as written, stripped, or its number when it has no
     * usable name.
     *
     * @param position  the position from 0
     * @return the label, not null
     */
    String label(int position) {
        return labels.get(position);
    }

    /**
     * Gets the problems of the header that do not stop the import: unknown columns, for the plain CSV.
     *
     * @return the problems, unmodifiable, not null
     */
    List<Problem> problems() {
        return problems;
    }

    /**
     * Gets the notes about columns not read: unknown columns, for a REDCap export.
     *
     * @return the notes, unmodifiable, not null
     */
    List<Problem> notes() {
        return notes;
    }
}

package org.patientleadership.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.patientleadership.Problem;

/**
 * The cells of one data row, looked up by column name, collecting the row's problems as they are found. A cell
 * over the length limit is a problem, and is then read as missing so that it is reported once. Not part of the
 * API.
 *
 * <p>This class is mutable and not thread-safe; each row gets its own.
 */
final class RowCells {

    private final Table.Row row;
    private final Columns columns;
    private final boolean[] tooLong;
    private final List<Found> problems = new ArrayList<>();

    /** A problem and the position of its column, -1 for the row as a whole. */
    private record Found(int position, Problem problem) {
    }

    private RowCells(Table.Row row, Columns columns, CsvLimits limits) {
        this.row = row;
        this.columns = columns;
        this.tooLong = new boolean[columns.size()];
        for (int i = 0; i < tooLong.length; i++) {
            String cell = row.cells().get(i);
            if (cell.length() > limits.maxCellLength()) {
                tooLong[i] = true;
                problems.add(new Found(i, new Problem(location(i), cell, List.of("at most "
                        + limits.maxCellLength() + " characters"), "the cell has " + cell.length() + " characters")));
            }
        }
    }

    /**
     * Checks the number of cells against the header.
     *
     * @param row  the row
     * @param columns  the header's columns
     * @return a problem if the row has too many or too few cells, or empty
     */
    static Optional<Problem> shape(Table.Row row, Columns columns) {
        int found = row.cells().size();
        if (found == columns.size()) {
            return Optional.empty();
        }
        return Optional.of(new Problem("row " + row.number(), found + " cells", List.of(columns.size()
                + " cells, one per column of the header"), "the row has " + found + " cells, but the header has "
                + columns.size() + " columns" + (found < columns.size() ? "; is the row or the file cut short?"
                        : "; does a cell hold an unquoted comma?")));
    }

    /**
     * Starts reading a row whose shape was checked.
     *
     * @param row  the row, with one cell per column
     * @param columns  the header's columns
     * @param limits  the limits
     * @return the cells, not null
     */
    static RowCells of(Table.Row row, Columns columns, CsvLimits limits) {
        return new RowCells(row, columns, limits);
    }

    /**
     * Checks if every cell of the row is blank.
     *
     * @param row  the row
     * @return true if all cells are blank
     */
    static boolean isBlank(Table.Row row) {
        return row.cells().stream().allMatch(String::isBlank);
    }

    /**
     * Gets the row number.
     *
     * @return the row number, 2 or more
     */
    int number() {
        return row.number();
    }

    /**
     * Gets a cell, stripped.
     *
     * @param name  the normalised column name
     * @return the stripped value, possibly empty; or empty if the column is absent or the cell over the length
     *     limit (already a problem)
     */
    Optional<String> text(String name) {
        OptionalInt p = columns.position(name);
        if (p.isEmpty() || tooLong[p.getAsInt()]) {
            return Optional.empty();
        }
        return Optional.of(row.cells().get(p.getAsInt()).strip());
    }

    /**
     * Checks if the header has a column.
     *
     * @param name  the normalised column name
     * @return true if the column is present
     */
    boolean has(String name) {
        return columns.position(name).isPresent();
    }

    /**
     * Checks if a cell can be read: its column is absent, or the cell is within the length limit.
     *
     * @param name  the normalised column name
     * @return true unless the cell is over the length limit
     */
    boolean isReadable(String name) {
        OptionalInt p = columns.position(name);
        return p.isEmpty() || !tooLong[p.getAsInt()];
    }

    /**
     * Checks if a problem was recorded for a column.
     *
     * @param name  the normalised column name
     * @return true if the column's cell has a problem
     */
    boolean hasProblemIn(String name) {
        OptionalInt p = columns.position(name);
        return p.isPresent() && problems.stream().anyMatch(f -> f.position() == p.getAsInt());
    }

    /**
     * Checks if a cell is empty: its column is absent, or it is blank. A cell over the length limit is not.
     *
     * @param name  the normalised column name
     * @return true if the cell holds nothing
     */
    boolean isEmpty(String name) {
        OptionalInt p = columns.position(name);
        return p.isEmpty() || !tooLong[p.getAsInt()] && row.cells().get(p.getAsInt()).isBlank();
    }

    /**
     * Gets a cell, stripped, or the empty string when {@link #text(String)} is empty.
     *
     * @param name  the normalised column name
     * @return the stripped value, not null
     */
    String textOrEmpty(String name) {
        return text(name).orElse("");
    }

    /**
     * Gets the location of a cell, such as {@code row 4, column point_12}.
     *
     * @param name  the normalised column name, present in the header
     * @return the location, not null
     */
    String location(String name) {
        return location(columns.position(name).orElseThrow());
    }

    private String location(int position) {
        return "row " + row.number() + ", column " + columns.label(position);
    }

    /**
     * Records a problem with a cell.
     *
     * @param name  the normalised column name, present in the header
     * @param value  the value found
     * @param allowed  the values allowed
     * @param message  what was wrong
     */
    void problem(String name, String value, List<String> allowed, String message) {
        int position = columns.position(name).orElseThrow();
        problems.add(new Found(position, new Problem(location(position), value, allowed, message)));
    }

    /**
     * Records a problem with the row as a whole.
     *
     * @param value  the value found
     * @param allowed  the values allowed
     * @param message  what was wrong
     */
    void rowProblem(String value, List<String> allowed, String message) {
        problems.add(new Found(-1, new Problem("row " + row.number(), value, allowed, message)));
    }

    /**
     * Checks if any problem was found.
     *
     * @return true if the row has a problem
     */
    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * Gets the problems found: those of the row as a whole first, then by column, in the order found within a
     * column.
     *
     * @return the problems, unmodifiable, not null
     */
    List<Problem> problems() {
        return problems.stream().sorted(Comparator.comparingInt(Found::position)).map(Found::problem).toList();
    }
}

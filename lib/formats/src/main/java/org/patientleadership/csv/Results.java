package org.patientleadership.csv;

import java.util.ArrayList;
import java.util.List;

import org.patientleadership.InvalidInputException;
import org.patientleadership.Problem;

/**
 * Collects the row results of one import, stopping the import when the problems exceed the limit. Not part of
 * the API.
 *
 * <p>This class is mutable and not thread-safe; each import gets its own.
 */
final class Results {

    private final String format;
    private final Columns columns;
    private final int maxProblems;
    private final List<RowResult> rows = new ArrayList<>();
    private final List<Problem> fileProblems = new ArrayList<>();
    private int problems;

    /**
     * Starts collecting.
     *
     * @param format  the format, for messages
     * @param columns  the header's columns, whose problems count too
     * @param limits  the limits
     */
    Results(String format, Columns columns, CsvLimits limits) {
        this.format = format;
        this.columns = columns;
        this.maxProblems = limits.maxProblems();
        this.problems = columns.problems().size();
    }

    /**
     * Adds the result of a row.
     *
     * @param row  the result
     * @throws InvalidInputException if the problems now exceed the limit; it lists the first ones
     */
    void add(RowResult row) {
        rows.add(row);
        problems += row.problems().size();
        if (problems > maxProblems) {
            List<Problem> first = new ArrayList<>(result().problems().subList(0, maxProblems));
            first.add(new Problem("row " + row.row(), "", List.of("at most " + maxProblems + " problems"),
                    "the file has more than " + maxProblems + " problems; the import stopped at row " + row.row()));
            throw new InvalidInputException(format, first);
        }
    }

    /**
     * Adds a problem of the file as a whole, found once every row was read, to the header's problems.
     *
     * @param problem  the problem
     */
    void fileProblem(Problem problem) {
        fileProblems.add(problem);
    }

    /**
     * Gets the result so far.
     *
     * @return the result, not null
     */
    ImportResult result() {
        List<Problem> header = new ArrayList<>(columns.problems());
        header.addAll(fileProblems);
        return new ImportResult(format, header, columns.notes(), rows);
    }
}

package org.patientleadership.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.patientleadership.InvalidInputException;
import org.patientleadership.Problem;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.internal.Checks;

/**
 * Models the outcome of importing a CSV file row by row: for every data row, an assessment, its problems or
 * the reason it was skipped; the problems of the header that did not stop the import (columns that are not
 * read); and notes about what was left out on purpose. Nothing in the file is dropped without a problem or a
 * note saying so.
 *
 * <p>Callers choose between two policies:
 * <ul>
 *   <li>all or nothing: {@link #orThrow()} returns every assessment, or throws an
 *       {@link InvalidInputException} listing every problem when there is any;</li>
 *   <li>keep the good rows: {@link #assessments()} returns the assessments of the rows that were read, and
 *       {@link #problems()} says what was wrong with the others.</li>
 * </ul>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param format  the format read, such as {@code CSV assessments}, not blank
 * @param headerProblems  problems of the header that did not stop the import, such as unknown columns
 * @param columnNotes  notes about columns present but left out on purpose, such as a REDCap project's other
 *     fields; not problems
 * @param rows  one result per data row, in file order
 */
public record ImportResult(String format, List<Problem> headerProblems, List<Problem> columnNotes,
        List<RowResult> rows) {

    /**
     * Creates a result, copying the lists.
     *
     * @param format  the format, not blank
     * @param headerProblems  the header problems, not null
     * @param columnNotes  the column notes, not null
     * @param rows  the row results, not null
     * @throws NullPointerException if an argument or item is null
     * @throws IllegalArgumentException if the format is blank
     */
    public ImportResult {
        format = Checks.notBlank(format, "format");
        headerProblems = List.copyOf(headerProblems);
        columnNotes = List.copyOf(columnNotes);
        rows = List.copyOf(rows);
    }

    /**
     * Gets the assessments of the rows that were read, in file order: the "keep the good rows" policy.
     *
     * @return the assessments, unmodifiable, not null
     */
    public List<Assessment> assessments() {
        return rows.stream().map(RowResult::assessment).flatMap(Optional::stream).toList();
    }

    /**
     * Gets every problem: those of the header first, then those of each row in file order.
     *
     * @return the problems, unmodifiable, empty if there are none, not null
     */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(headerProblems);
        rows.forEach(r -> all.addAll(r.problems()));
        return List.copyOf(all);
    }

    /**
     * Gets the notes about what was left out on purpose: columns not read, then for each row in turn the reason it was
     * skipped or how its cells were understood (such as a missing-data code), each located by row (and column). Notes are not problems and do not make {@link #orThrow()} throw.
     *
     * @return the notes, unmodifiable, not null
     */
    public List<Problem> notes() {
        List<Problem> all = new ArrayList<>(columnNotes);
        for (RowResult r : rows) {
            r.skipped().ifPresent(reason -> all.add(new Problem("row " + r.row(), "", List.of(), reason)));
            all.addAll(r.notes());
        }
        return List.copyOf(all);
    }

    /**
     * Checks if the file has any problem, in its header or its rows.
     *
     * @return true if there is at least one problem
     */
    public boolean hasProblems() {
        return !headerProblems.isEmpty() || rows.stream().anyMatch(RowResult::hasProblems);
    }

    /**
     * Gets every assessment if the file has no problem: the "all or nothing" policy. Skipped rows are not
     * problems.
     *
     * @return the assessments, in file order, unmodifiable, not null
     * @throws InvalidInputException if there is any problem; it lists them all
     */
    public List<Assessment> orThrow() {
        if (hasProblems()) {
            throw new InvalidInputException(format, problems());
        }
        return assessments();
    }
}

package org.patientleadership.csv;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.patientleadership.Problem;
import org.patientleadership.assessment.Assessment;

/**
 * Models what became of one data row of an imported CSV file: exactly one of an assessment (the row was
 * read), a list of problems (the row could not be read, and nothing was built from it) or the reason it was
 * skipped (a blank row, or a REDCap row holding another form's data).
 *
 * <p>Rows are numbered as a spreadsheet numbers them: the header is row 1, the first data row is row 2. A
 * cell holding a line break does not start a new row.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param row  the row number, 2 or more
 * @param assessment  the assessment read from the row, or empty
 * @param problems  the problems found in the row, in column order; empty when the row was read or skipped
 * @param skipped  why the row was skipped, or empty
 * @param redcap  for a REDCap records export, the record the row belongs to, when its record id could be read
 * @param missingData  for a REDCap records export, the missing-data code found in each point cell that held
 *     one, by point number in ascending order (see {@link CsvOptions}); empty otherwise
 * @param notes  how cells of a row that was read were understood when that is not plain from the file, such as
 *     a missing-data code read as unanswered, each located by row and column; not problems
 */
public record RowResult(int row, Optional<Assessment> assessment, List<Problem> problems,
        Optional<String> skipped, Optional<RedcapRow> redcap, Map<Integer, String> missingData,
        List<Problem> notes) {

    /**
     * Creates a row result, checking that exactly one outcome is given.
     *
     * @param row  the row number, 2 or more
     * @param assessment  the assessment, not null
     * @param problems  the problems, not null
     * @param skipped  the reason for skipping, not null
     * @param redcap  the REDCap record, not null
     * @param missingData  the missing-data codes by point, not null
     * @param notes  the notes, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the row number is below 2, or not exactly one outcome is given
     */
    public RowResult {
        missingData = Collections.unmodifiableMap(new TreeMap<>(missingData));
        notes = List.copyOf(notes);
        if (row < 2) {
            throw new IllegalArgumentException("Data rows are numbered from 2 (the header is row 1), not " + row);
        }
        Objects.requireNonNull(assessment, "assessment");
        problems = List.copyOf(problems);
        Objects.requireNonNull(skipped, "skipped");
        Objects.requireNonNull(redcap, "redcap");
        int outcomes = (assessment.isPresent() ? 1 : 0) + (problems.isEmpty() ? 0 : 1) + (skipped.isPresent() ? 1 : 0);
        if (outcomes != 1) {
            throw new IllegalArgumentException("Row " + row + " needs exactly one of an assessment, problems or "
                    + "a reason for skipping");
        }
    }

    /**
     * Creates a row result without missing-data codes or notes.
     *
     * @param row  the row number, 2 or more
     * @param assessment  the assessment, not null
     * @param problems  the problems, not null
     * @param skipped  the reason for skipping, not null
     * @param redcap  the REDCap record, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the row number is below 2, or not exactly one outcome is given
     */
    public RowResult(int row, Optional<Assessment> assessment, List<Problem> problems, Optional<String> skipped,
            Optional<RedcapRow> redcap) {
        this(row, assessment, problems, skipped, redcap, Map.of(), List.of());
    }

    /**
     * Obtains the result of a row that was read, with the missing-data codes found in it and notes on them.
     *
     * @param row  the row number, 2 or more
     * @param assessment  the assessment, not null
     * @param redcap  the REDCap record, or empty
     * @param missingData  the missing-data codes by point, not null
     * @param notes  the notes, not null
     * @return the result, not null
     */
    public static RowResult read(int row, Assessment assessment, Optional<RedcapRow> redcap,
            Map<Integer, String> missingData, List<Problem> notes) {
        return new RowResult(row, Optional.of(assessment), List.of(), Optional.empty(), redcap, missingData, notes);
    }

    /**
     * Obtains the result of a row that was read.
     *
     * @param row  the row number, 2 or more
     * @param assessment  the assessment, not null
     * @param redcap  the REDCap record, or empty
     * @return the result, not null
     */
    public static RowResult read(int row, Assessment assessment, Optional<RedcapRow> redcap) {
        return new RowResult(row, Optional.of(assessment), List.of(), Optional.empty(), redcap);
    }

    /**
     * Obtains the result of a row that could not be read.
     *
     * @param row  the row number, 2 or more
     * @param problems  the problems, one or more
     * @param redcap  the REDCap record, or empty
     * @return the result, not null
     */
    public static RowResult failed(int row, List<Problem> problems, Optional<RedcapRow> redcap) {
        return new RowResult(row, Optional.empty(), problems, Optional.empty(), redcap);
    }

    /**
     * Obtains the result of a row that was skipped.
     *
     * @param row  the row number, 2 or more
     * @param reason  why it was skipped, not blank
     * @param redcap  the REDCap record, or empty
     * @return the result, not null
     */
    public static RowResult skipped(int row, String reason, Optional<RedcapRow> redcap) {
        return new RowResult(row, Optional.empty(), List.of(), Optional.of(reason), redcap);
    }

    /**
     * Checks if the row was read into an assessment.
     *
     * @return true if an assessment was read
     */
    public boolean isRead() {
        return assessment.isPresent();
    }

    /**
     * Checks if the row has problems.
     *
     * @return true if the row could not be read
     */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * Checks if the row was skipped.
     *
     * @return true if the row was skipped
     */
    public boolean isSkipped() {
        return skipped.isPresent();
    }
}

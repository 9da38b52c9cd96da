package org.patientleadership.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.internal.Checks;

/**
 * Writes assessments in the plain CSV format that {@link CsvImport} reads: a header of the 83 columns of
 * {@link CsvImport#header()}, then one row per assessment, cells quoted where needed, lines ending with a line
 * feed, UTF-8 without a byte order mark once encoded. A rated point holds its value, a point not applicable
 * {@code NA}, an unanswered point nothing.
 *
 * <p>Text cells (organisation, roles, evidence) that a spreadsheet would run as formulas are neutralised by
 * default, as {@link CsvOptions} describes; {@link CsvOptions.Formulas#EXACT} writes them as they are.
 *
 * <p>Reading what this class writes (with the same options) gives equal assessments, provided the reader is given the scale the
 * assessments are on and no cell exceeds the reader's length limit. The file does not say which scale was
 * used, so all assessments written together must share one.
 *
 * <p>This class is thread-safe.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /**
     * Writes assessments as plain CSV.
     *
     * @param assessments  the assessments, all on the same scale, not null; may be empty (a header only)
     * @return the CSV text, not null
     * @throws NullPointerException if the list or an item is null
     * @throws IllegalArgumentException if the assessments are on different scales, an assessor role holds
     *     the separator {@code ;}, or a year is outside 0 to 9999
     */
    public static String write(List<Assessment> assessments) {
        return write(assessments, CsvOptions.DEFAULT);
    }

    /**
     * Writes assessments as plain CSV with options: {@link CsvOptions.Formulas#NEUTRALISE} (the default) puts a
     * single quote before a text cell a spreadsheet would run as a formula, {@link CsvOptions.Formulas#EXACT}
     * writes every cell as it is. {@link CsvImport} given the same options reads the assessments back equal.
     *
     * @param assessments  the assessments, all on the same scale, not null; may be empty (a header only)
     * @param options  the options, not null
     * @return the CSV text, not null
     * @throws NullPointerException if an argument or item is null
     * @throws IllegalArgumentException if the assessments are on different scales, an assessor role holds
     *     the separator {@code ;}, or a year is outside 0 to 9999
     */
    public static String write(List<Assessment> assessments, CsvOptions options) {
        sameScale(assessments);
        Checks.notNull(options, "options");
        List<List<String>> rows = new ArrayList<>();
        rows.add(CsvImport.header());
        for (Assessment a : assessments) {
            List<String> row = new ArrayList<>(List.of(options.write(a.organisation()), date(a),
                    options.write(roles(a))));
            answers(a, options, row);
            rows.add(row);
        }
        return Table.write(rows);
    }

    /**
     * Adds each point's rating and evidence cells to a row.
     *
     * @param a  the assessment
     * @param options  how evidence is written
     * @param row  the row to add to
     */
    static void answers(Assessment a, CsvOptions options, List<String> row) {
        for (int n = 1; n <= ChecklistPoint.COUNT; n++) {
            Optional<Answer> answer = a.answer(n);
            row.add(answer.map(CsvExport::rating).orElse(""));
            row.add(answer.flatMap(Answer::evidence).map(options::write).orElse(""));
        }
    }

    /**
     * Checks that assessments share one scale.
     *
     * @param assessments  the assessments
     * @throws IllegalArgumentException if two scales differ
     */
    static void sameScale(List<Assessment> assessments) {
        Checks.noNullItems(assessments, "assessments");
        for (Assessment a : assessments) {
            RatingScale first = assessments.get(0).scale();
            if (!a.scale().equals(first)) {
                throw new IllegalArgumentException("All assessments written together must be on one scale, but '"
                        + first.id() + "' and '" + a.scale().id() + "' are both used; write them separately");
            }
        }
    }

    /**
     * Writes an assessment's date as {@code YYYY-MM-DD}.
     *
     * @param a  the assessment
     * @return the date, not null
     * @throws IllegalArgumentException if the year is outside 0 to 9999, which four digits cannot hold
     */
    static String date(Assessment a) {
        if (a.date().getYear() < 0 || a.date().getYear() > 9999) {
            throw new IllegalArgumentException("The date " + a.date() + " of " + a.organisation()
                    + " cannot be written YYYY-MM-DD; use a year from 0 to 9999");
        }
        return a.date().toString();
    }

    /**
     * Joins an assessment's roles with the separator, refusing a role that holds it.
     *
     * @param a  the assessment
     * @return the roles in one cell, not null
     * @throws IllegalArgumentException if a role holds the separator
     */
    static String roles(Assessment a) {
        for (String role : a.assessorRoles()) {
            if (role.contains(Fields.ROLE_SEPARATOR)) {
                throw new IllegalArgumentException("The assessor role '" + role + "' of " + a.organisation()
                        + " holds '" + Fields.ROLE_SEPARATOR + "', which separates roles; rename the role");
            }
        }
        return String.join(Fields.ROLE_SEPARATOR + " ", a.assessorRoles());
    }

    /**
     * Writes an answer's rating: its value, or {@code NA}.
     *
     * @param answer  the answer
     * @return the cell, not null
     */
    static String rating(Answer answer) {
        return answer.rating().isPresent() ? Integer.toString(answer.rating().getAsInt()) : Fields.NOT_APPLICABLE;
    }
}

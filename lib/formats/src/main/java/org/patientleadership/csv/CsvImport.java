package org.patientleadership.csv;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.patientleadership.InvalidInputException;
import org.patientleadership.Problem;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.internal.Checks;
import org.patientleadership.formats.internal.Inputs;

/**
 * Reads the plain CSV format, one row per respondent, into assessments: the shape that spreadsheets and form
 * tools export. {@link CsvExport} writes the same format.
 *
 * <p>The header names the columns, in any order, compared ignoring case and surrounding spaces:
 * <ul>
 *   <li>{@code organisation} (required): the organisation assessed, not blank;</li>
 *   <li>{@code date} (required): the date of the assessment, written {@code YYYY-MM-DD};</li>
 *   <li>{@code assessor_roles} (optional): the assessors' roles, separated by semicolons;</li>
 *   <li>{@code point_1} to {@code point_40} (required): a rating on the scale, {@code NA} for not applicable,
 *       or empty for unanswered;</li>
 *   <li>{@code point_1_evidence} to {@code point_40_evidence} (optional): a note of evidence for a rated or
 *       not applicable point.</li>
 * </ul>
 *
 * <p>A file that cannot be read as a whole (not UTF-8, empty, over a {@link CsvLimits limit}, not CSV, a
 * header with a blank, repeated or missing column) throws an {@link InvalidInputException}. Otherwise every
 * data row gets a {@link RowResult}: an assessment, its problems (a ragged row, a blank organisation, a bad
 * date, a rating off the scale, evidence for an unanswered point, a cell over the length limit), or "skipped"
 * for a row with no value at all. An unknown column is a problem of the header; its values are not read. Text cells
 * that {@link CsvExport} neutralised as formulas are read back as written (see {@link CsvOptions}).
 *
 * <p>This class is thread-safe.
 */
public final class CsvImport {

    /** The format name used in messages and exceptions. */
    public static final String FORMAT = "CSV assessments";
    /** The organisation column. */
    public static final String ORGANISATION = "organisation";
    /** The date column. */
    public static final String DATE = "date";
    /** The assessor roles column. */
    public static final String ASSESSOR_ROLES = "assessor_roles";
    /** The value marking a point as not applicable, compared ignoring case. */
    public static final String NOT_APPLICABLE = Fields.NOT_APPLICABLE;
    /** The separator of assessor roles within their cell. */
    public static final String ROLE_SEPARATOR = Fields.ROLE_SEPARATOR;

    /** The column names of the format. */
    static final Layout LAYOUT = new Layout(ORGANISATION, DATE, ASSESSOR_ROLES, CsvImport::pointColumn,
            CsvImport::evidenceColumn);

    private static final List<String> COLUMNS_ALLOWED = List.of(ORGANISATION, DATE, ASSESSOR_ROLES,
            "point_1 to point_40", "point_1_evidence to point_40_evidence");

    private CsvImport() {
    }

    /**
     * Gives the rating column of a point.
     *
     * @param point  the point number, from 1 to 40
     * @return the column name, such as {@code point_12}, not null
     * @throws IllegalArgumentException if the point number is outside 1 to 40
     */
    public static String pointColumn(int point) {
        return "point_" + Checks.inRange(point, 1, ChecklistPoint.COUNT, "checklist point number");
    }

    /**
     * Gives the evidence column of a point.
     *
     * @param point  the point number, from 1 to 40
     * @return the column name, such as {@code point_12_evidence}, not null
     * @throws IllegalArgumentException if the point number is outside 1 to 40
     */
    public static String evidenceColumn(int point) {
        return pointColumn(point) + "_evidence";
    }

    /**
     * Gives the full header as {@link CsvExport} writes it: organisation, date, assessor roles, then each
     * point's rating column followed by its evidence column.
     *
     * @return the 83 column names, unmodifiable, not null
     */
    public static List<String> header() {
        return LAYOUT.all();
    }

    /**
     * Reads a file on the default {@link RatingScale#MATURITY} scale with the {@link CsvLimits#DEFAULT default}
     * limits.
     *
     * @param bytes  the bytes of the file, UTF-8 with or without a byte order mark, not null
     * @return the result, one entry per data row, not null
     * @throws InvalidInputException if the file cannot be read as a whole
     */
    public static ImportResult read(byte[] bytes) {
        return read(bytes, RatingScale.MATURITY, CsvLimits.DEFAULT);
    }

    /**
     * Reads a file.
     *
     * @param bytes  the bytes of the file, UTF-8 with or without a byte order mark, not null
     * @param scale  the scale the ratings are on, not null
     * @param limits  the limits, not null
     * @return the result, one entry per data row, not null
     * @throws InvalidInputException if the file cannot be read as a whole
     */
    public static ImportResult read(byte[] bytes, RatingScale scale, CsvLimits limits) {
        return read(bytes, scale, limits, CsvOptions.DEFAULT);
    }

    /**
     * Reads a file with options: how cells that {@link CsvExport} neutralised as formulas are read back.
     * Missing-data codes are a REDCap matter and are not read here.
     *
     * @param bytes  the bytes of the file, UTF-8 with or without a byte order mark, not null
     * @param scale  the scale the ratings are on, not null
     * @param limits  the limits, not null
     * @param options  the options, as given to the export that wrote the file, not null
     * @return the result, one entry per data row, not null
     * @throws InvalidInputException if the file cannot be read as a whole
     */
    public static ImportResult read(byte[] bytes, RatingScale scale, CsvLimits limits, CsvOptions options) {
        Checks.notNull(bytes, "bytes");
        CsvOptions plain = Checks.notNull(options, "options").withMissingDataCodes(Set.of());
        Checks.notNull(scale, "scale");
        Checks.notNull(limits, "limits");
        Table table = Table.read(bytes, limits, FORMAT);
        Columns columns = Columns.match(table.header(), LAYOUT.required(), LAYOUT.known(), true,
                "the column is not part of the plain CSV format; its values are not read", COLUMNS_ALLOWED,
                limits, FORMAT);
        Results results = new Results(FORMAT, columns, limits);
        for (Table.Row row : table.rows()) {
            results.add(read(row, columns, scale, limits, plain));
        }
        return results.result();
    }

    private static RowResult read(Table.Row row, Columns columns, RatingScale scale, CsvLimits limits,
            CsvOptions options) {
        if (RowCells.isBlank(row)) {
            return RowResult.skipped(row.number(), "the row is blank", Optional.empty());
        }
        Optional<Problem> shape = RowCells.shape(row, columns);
        if (shape.isPresent()) {
            return RowResult.failed(row.number(), List.of(shape.get()), Optional.empty());
        }
        RowCells cells = RowCells.of(row, columns, limits);
        Optional<Assessment> assessment = Fields.assessment(cells, LAYOUT, scale, options, new HashMap<>());
        return assessment.map(a -> RowResult.read(row.number(), a, Optional.empty()))
                .orElseGet(() -> RowResult.failed(row.number(), cells.problems(), Optional.empty()));
    }

    /**
     * Reads a stream on the default scale with the default limits. The stream is read to its end but not
     * closed.
     *
     * @param in  the stream, not null
     * @return the result, one entry per data row, not null
     * @throws InvalidInputException if the file cannot be read as a whole
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public static ImportResult read(InputStream in) {
        return read(in, RatingScale.MATURITY, CsvLimits.DEFAULT);
    }

    /**
     * Reads a stream. The stream is read to its end, or just past the byte limit, but not closed.
     *
     * @param in  the stream, not null
     * @param scale  the scale the ratings are on, not null
     * @param limits  the limits, not null
     * @return the result, one entry per data row, not null
     * @throws InvalidInputException if the file cannot be read as a whole
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public static ImportResult read(InputStream in, RatingScale scale, CsvLimits limits) {
        Checks.notNull(limits, "limits");
        return read(Inputs.readAll(in, limits.maxBytes(), FORMAT), scale, limits);
    }
}

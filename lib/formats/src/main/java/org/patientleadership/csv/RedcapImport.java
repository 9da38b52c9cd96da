package org.patientleadership.csv;

import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.patientleadership.InvalidInputException;
import org.patientleadership.Problem;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.internal.Checks;
import org.patientleadership.formats.internal.Inputs;

/**
 * Reads a REDCap records export of the checklist instrument into assessments: a CSV file with one row per
 * record (per event and repeat instance), raw coded values, and the variable names as the header, as REDCap's
 * "CSV / Microsoft Excel (raw data)" export and its API ({@code format=csv, type=flat, rawOrLabel=raw})
 * produce for a project built from {@link RedcapExport#dictionary()}.
 *
 * <p>Columns: the record id first, whatever its name; {@code organisation}, {@code assessment_date} and
 * {@code point_01} to {@code point_40} (required); {@code assessor_roles}, {@code point_01_evidence} to
 * {@code point_40_evidence}, {@code redcap_event_name}, {@code redcap_repeat_instrument},
 * {@code redcap_repeat_instance} and {@code patient_leadership_checklist_complete} (optional). REDCap's other
 * system columns ({@code redcap_data_access_group}, {@code redcap_survey_identifier}, the form's
 * {@code _timestamp}) are recognised and not read; any other column, such as a field of another instrument,
 * gets a note and is not read.
 *
 * <p>Rows: each row holding checklist data is one assessment, identified by its {@link RedcapRow} (record,
 * event, repeat instance, form status), whatever the form status. A row of another repeating instrument, and a
 * row without any checklist data (a record's base row when the checklist repeats, or an event without the
 * checklist), is skipped with a note saying why. A second row with the same record, event and instance is a
 * problem. Values are checked as by {@link CsvImport}, with {@code NA} as the choice code for not applicable.
 * The instrument's label, {@value RedcapExport#FORM_LABEL}, is read as its name in {@code redcap_repeat_instrument}
 * when no row uses the name itself. When the file has non-blank rows but none is read as the checklist, the result
 * has a problem naming the instruments seen and the one expected, so that nothing is dropped silently.
 *
 * <p>Missing-data codes ({@link CsvOptions#missingDataCodes()}, REDCap's suggested codes by default) in a point
 * cell are read as unanswered or not applicable ({@link CsvOptions#missingDataAs()}); the codes are kept in
 * {@link RowResult#missingData()} and named in {@link ImportResult#notes()}. Text cells that {@link RedcapExport}
 * neutralised as formulas are read back as written (see {@link CsvOptions}).
 *
 * <p>This class is thread-safe.
 */
public final class RedcapImport {

    /** The format name used in messages and exceptions. */
    public static final String FORMAT = "REDCap records";
    /** The event column of a longitudinal project's export. */
    public static final String EVENT = "redcap_event_name";
    /** The repeating instrument column. */
    public static final String REPEAT_INSTRUMENT = "redcap_repeat_instrument";
    /** The repeat instance column. */
    public static final String REPEAT_INSTANCE = "redcap_repeat_instance";

    private static final Set<String> NOT_READ = Set.of("redcap_data_access_group", "redcap_survey_identifier",
            RedcapExport.FORM + "_timestamp");
    private static final Pattern INSTANCE = Pattern.compile("[0-9]{1,9}");
    private static final Pattern CODE_AS_NUMBER = Pattern.compile("-?[0-9]{1,9}");
    private static final List<String> STATUSES = List.of("0 (incomplete)", "1 (unverified)", "2 (complete)",
            "empty");

    private RedcapImport() {
    }

    /**
     * Reads an export on the default {@link RatingScale#MATURITY} scale with the {@link CsvLimits#DEFAULT
     * default} limits.
     *
     * @param bytes  the bytes of the export, UTF-8 with or without a byte order mark, not null
     * @return the result, one entry per data row, not null
     * @throws InvalidInputException if the file cannot be read as a whole
     */
    public static ImportResult read(byte[] bytes) {
        return read(bytes, RatingScale.MATURITY, CsvLimits.DEFAULT);
    }

    /**
     * Reads an export.
     *
     * @param bytes  the bytes of the export, UTF-8 with or without a byte order mark, not null
     * @param scale  the scale the dictionary was written for, not null
     * @param limits  the limits, not null
     * @return the result, one entry per data row, not null
     * @throws InvalidInputException if the file cannot be read as a whole
     */
    public static ImportResult read(byte[] bytes, RatingScale scale, CsvLimits limits) {
        return read(bytes, scale, limits, CsvOptions.DEFAULT);
    }

    /**
     * Reads an export with options: the project's missing-data codes and how to read them, and how cells that
     * {@link RedcapExport} neutralised as formulas are read back.
     *
     * @param bytes  the bytes of the export, UTF-8 with or without a byte order mark, not null
     * @param scale  the scale the dictionary was written for, not null
     * @param limits  the limits, not null
     * @param options  the options, not null
     * @return the result, one entry per data row, not null
     * @throws InvalidInputException if the file cannot be read as a whole
     * @throws IllegalArgumentException if a missing-data code is also a rating on the scale
     */
    public static ImportResult read(byte[] bytes, RatingScale scale, CsvLimits limits, CsvOptions options) {
        Checks.notNull(bytes, "bytes");
        Checks.notNull(scale, "scale");
        Checks.notNull(limits, "limits");
        Checks.notNull(options, "options");
        for (String code : options.missingDataCodes()) {
            if (CODE_AS_NUMBER.matcher(code).matches() && scale.contains(Integer.parseInt(code))) {
                throw new IllegalArgumentException("The missing-data code " + code + " is also a rating on the "
                        + "scale '" + scale.id() + "'; use a code that is not a rating, such as -999");
            }
        }
        Table table = Table.read(bytes, limits, FORMAT);
        String recordId = table.header().isEmpty() ? "" : Columns.normalise(table.header().get(0));
        Set<String> checklist = RedcapExport.LAYOUT.known();
        Set<String> known = new LinkedHashSet<>(checklist);
        known.addAll(List.of(recordId, EVENT, REPEAT_INSTRUMENT, REPEAT_INSTANCE, RedcapExport.COMPLETE));
        known.addAll(NOT_READ);
        Columns columns = Columns.match(table.header(), RedcapExport.LAYOUT.required(), known, false,
                "the column is not a field of the checklist instrument; its values are not read", List.of(),
                limits, FORMAT);
        if (checklist.contains(recordId) || recordId.startsWith("redcap_") || recordId.equals(RedcapExport.COMPLETE)) {
            throw new InvalidInputException(FORMAT, new Problem("row 1, column " + columns.label(0), recordId,
                    List.of("the record id field, such as " + RedcapExport.RECORD_ID),
                    "the first column must be the record id, as in every REDCap export"));
        }
        Reader reader = new Reader(columns, recordId, scale, limits, options, !instruments(table, columns)
                .contains(RedcapExport.FORM));
        Results results = new Results(FORMAT, columns, limits);
        for (Table.Row row : table.rows()) {
            results.add(reader.read(row));
        }
        reader.nothingRead().ifPresent(results::fileProblem);
        return results.result();
    }

    /** Lists the values of the repeating instrument column, stripped, in the order first seen. */
    private static Set<String> instruments(Table table, Columns columns) {
        Set<String> values = new LinkedHashSet<>();
        OptionalInt at = columns.position(REPEAT_INSTRUMENT);
        if (at.isPresent()) {
            for (Table.Row row : table.rows()) {
                if (row.cells().size() == columns.size()) {
                    values.add(row.cells().get(at.getAsInt()).strip());
                }
            }
        }
        values.remove("");
        return values;
    }

    /**
     * Checks if a value is the checklist instrument's label as REDCap shows it, {@value RedcapExport#FORM_LABEL},
     * ignoring case, surrounding spaces and whether words are joined by spaces or underscores.
     */
    private static boolean isLabel(String value) {
        return !value.equals(RedcapExport.FORM) && value.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ")
                .equals(RedcapExport.FORM_LABEL.toLowerCase(Locale.ROOT));
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
     * @param scale  the scale the dictionary was written for, not null
     * @param limits  the limits, not null
     * @return the result, one entry per data row, not null
     * @throws InvalidInputException if the file cannot be read as a whole
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public static ImportResult read(InputStream in, RatingScale scale, CsvLimits limits) {
        Checks.notNull(limits, "limits");
        return read(Inputs.readAll(in, limits.maxBytes(), FORMAT), scale, limits);
    }

    /** Reads the rows of one export, remembering the records seen. Mutable; one per call of read. */
    private static final class Reader {

        private final Columns columns;
        private final String recordId;
        private final RatingScale scale;
        private final CsvLimits limits;
        private final CsvOptions options;
        private final boolean labelAccepted;
        private final Map<String, Integer> seen = new HashMap<>();
        private final Set<String> otherInstruments = new LinkedHashSet<>();
        private boolean checklistFound;
        private int skippedRows;

        Reader(Columns columns, String recordId, RatingScale scale, CsvLimits limits, CsvOptions options,
                boolean labelAccepted) {
            this.columns = columns;
            this.recordId = recordId;
            this.scale = scale;
            this.limits = limits;
            this.options = options;
            this.labelAccepted = labelAccepted;
        }

        /**
         * Gives the problem of an export none of whose non-blank rows was read as the checklist, if so.
         *
         * @return the problem, or empty if some row was read (or failed) as the checklist, or all rows are blank
         */
        Optional<Problem> nothingRead() {
            if (checklistFound || skippedRows == 0) {
                return Optional.empty();
            }
            List<String> allowed = List.of(RedcapExport.FORM, RedcapExport.FORM_LABEL + " (its label)");
            if (otherInstruments.isEmpty()) {
                return Optional.of(new Problem("row 1", "", allowed, "no row holds data of the " + RedcapExport.FORM
                        + " instrument: its fields are empty in all " + skippedRows + " rows; is this an export"
                        + " of another project or instrument?"));
            }
            String values = String.join(", ", otherInstruments);
            return Optional.of(new Problem("row 1, column " + columns.label(columns.position(REPEAT_INSTRUMENT)
                    .orElseThrow()), values, allowed, "no row was read as the checklist: " + REPEAT_INSTRUMENT
                    + " holds " + values + ", but the checklist's repeating instrument is " + RedcapExport.FORM
                    + (labelAccepted ? "" : ", and its label is ambiguous here because other rows use that name")));
        }

        RowResult read(Table.Row row) {
            if (RowCells.isBlank(row)) {
                return RowResult.skipped(row.number(), "the row is blank", Optional.empty());
            }
            RowResult result = readNonBlank(row);
            if (result.isSkipped()) {
                skippedRows++;
            } else {
                checklistFound = true;
            }
            return result;
        }

        private RowResult readNonBlank(Table.Row row) {
            Optional<Problem> shape = RowCells.shape(row, columns);
            if (shape.isPresent()) {
                return RowResult.failed(row.number(), List.of(shape.get()), Optional.empty());
            }
            RowCells cells = RowCells.of(row, columns, limits);
            String id = cells.textOrEmpty(recordId);
            Optional<String> event = cells.text(EVENT).filter(e -> !e.isEmpty());
            String written = cells.textOrEmpty(REPEAT_INSTRUMENT);
            boolean label = isLabel(written);
            String instrument = label && labelAccepted ? RedcapExport.FORM : written;
            OptionalInt instance = instance(cells, instrument);
            OptionalInt status = status(cells);
            boolean keyRead = !id.isEmpty() && Stream.of(recordId, EVENT, REPEAT_INSTANCE, RedcapExport.COMPLETE)
                    .allMatch(cells::isReadable) && !cells.hasProblemIn(REPEAT_INSTANCE)
                    && !cells.hasProblemIn(RedcapExport.COMPLETE);
            Optional<RedcapRow> key = keyRead ? Optional.of(new RedcapRow(id, event, instance, status))
                    : Optional.empty();
            if (!instrument.isEmpty() && !instrument.equals(RedcapExport.FORM)) {
                otherInstruments.add(instrument);
                return RowResult.skipped(row.number(), "the row holds the repeating instrument " + instrument
                        + ", not " + RedcapExport.FORM + (label ? " (the label " + instrument + " is ambiguous, "
                        + "as other rows name the instrument " + RedcapExport.FORM + ")" : ""), key);
            }
            if (RedcapExport.LAYOUT.known().stream().allMatch(cells::isEmpty)) {
                return RowResult.skipped(row.number(), "the row holds no data of the " + RedcapExport.FORM
                        + " instrument (it is a row of another instrument or event)", key);
            }
            if (cells.text(recordId).filter(String::isEmpty).isPresent()) {
                cells.problem(recordId, "", List.of("the record id"), "the record id is blank");
            }
            Map<Integer, String> missing = new TreeMap<>();
            Optional<Assessment> assessment = Fields.assessment(cells, RedcapExport.LAYOUT, scale, options, missing);
            if (!id.isEmpty()) {
                String identity = id + "\u0000" + event.orElse("") + "\u0000" + instrument + "\u0000"
                        + (instance.isPresent() ? instance.getAsInt() : "");
                Integer first = seen.putIfAbsent(identity, row.number());
                if (first != null) {
                    cells.problem(recordId, id, List.of("one row per record, event and instance"), "the "
                            + key.map(RedcapRow::toString).orElse("record " + id) + " already appears in row " + first);
                }
            }
            if (cells.hasProblems()) {
                return RowResult.failed(row.number(), cells.problems(), key);
            }
            String as = options.missingDataAs() == CsvOptions.MissingData.UNANSWERED ? "unanswered"
                    : "not applicable";
            List<Problem> notes = missing.entrySet().stream().map(e -> new Problem(cells.location(RedcapExport
                    .pointVariable(e.getKey())), e.getValue(), List.of(), "point " + e.getKey() + " holds the "
                    + "missing-data code " + e.getValue() + ", read as " + as)).toList();
            return RowResult.read(row.number(), assessment.orElseThrow(), key, missing, notes);
        }

        private static OptionalInt instance(RowCells cells, String instrument) {
            String value = cells.textOrEmpty(REPEAT_INSTANCE);
            if (value.isEmpty()) {
                if (instrument.equals(RedcapExport.FORM)) {
                    String where = cells.has(REPEAT_INSTANCE) ? REPEAT_INSTANCE : REPEAT_INSTRUMENT;
                    cells.problem(where, cells.has(REPEAT_INSTANCE) ? "" : instrument, List.of("a whole number from 1"
                            + " in " + REPEAT_INSTANCE), "the repeat instance of the repeating " + RedcapExport.FORM
                            + " is missing");
                }
                return OptionalInt.empty();
            }
            if (!INSTANCE.matcher(value).matches() || Integer.parseInt(value) < 1) {
                cells.problem(REPEAT_INSTANCE, value, List.of("a whole number from 1"),
                        "the repeat instance is not a whole number from 1");
                return OptionalInt.empty();
            }
            return OptionalInt.of(Integer.parseInt(value));
        }

        private static OptionalInt status(RowCells cells) {
            String value = cells.textOrEmpty(RedcapExport.COMPLETE);
            return switch (value) {
                case "" -> OptionalInt.empty();
                case "0", "1", "2" -> OptionalInt.of(Integer.parseInt(value));
                default -> {
                    cells.problem(RedcapExport.COMPLETE, value, STATUSES, "the form status is not 0, 1 or 2");
                    yield OptionalInt.empty();
                }
            };
        }
    }
}

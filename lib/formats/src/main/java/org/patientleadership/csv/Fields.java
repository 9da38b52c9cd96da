package org.patientleadership.csv;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingLevel;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.checklist.ChecklistPoint;

/**
 * Reads the cells of one row into an assessment, or records each problem with them. Shared by the plain CSV
 * and the REDCap import, which differ only in their column names. Not part of the API.
 *
 * <p>This class is thread-safe.
 */
final class Fields {

    /** The code for "not applicable" in both formats, compared ignoring case. */
    static final String NOT_APPLICABLE = "NA";
    /** The separator of assessor roles in one cell. */
    static final String ROLE_SEPARATOR = ";";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final List<String> DATES = List.of("a date written YYYY-MM-DD, such as 2026-03-31");

    private Fields() {
    }

    /**
     * Reads an assessment from a row.
     *
     * @param cells  the row's cells; problems are added to it
     * @param layout  the column names
     * @param scale  the rating scale
     * @param options  how text cells and missing-data codes are read
     * @param missing  receives the missing-data code of each point that holds one
     * @return the assessment, or empty if the row has a problem (including one found before this call)
     */
    static Optional<Assessment> assessment(RowCells cells, Layout layout, RatingScale scale, CsvOptions options,
            Map<Integer, String> missing) {
        Optional<String> organisation = cells.text(layout.organisation()).map(options::read);
        if (organisation.isPresent() && organisation.get().isEmpty()) {
            cells.problem(layout.organisation(), "", List.of("the name of the organisation assessed"),
                    "the organisation is blank");
        }
        Optional<LocalDate> date = date(cells, layout.date());
        List<String> roles = roles(options.read(cells.textOrEmpty(layout.roles())));
        List<Answer> answers = new ArrayList<>();
        for (int n = 1; n <= ChecklistPoint.COUNT; n++) {
            answer(cells, layout, scale, n, options, missing).ifPresent(answers::add);
        }
        if (cells.hasProblems()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Assessment(organisation.orElseThrow(), date.orElseThrow(), roles, scale, answers));
        } catch (IllegalArgumentException e) {
            cells.rowProblem("", List.of(), "the row cannot be made into an assessment: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(RowCells cells, String column) {
        Optional<String> text = cells.text(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get();
        if (value.isEmpty()) {
            cells.problem(column, "", DATES, "the date is missing");
            return Optional.empty();
        }
        if (ISO_DATE.matcher(value).matches()) {
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                cells.problem(column, value, DATES, "the date " + value + " does not exist");
                return Optional.empty();
            }
        }
        cells.problem(column, value, DATES, "the date is not written YYYY-MM-DD");
        return Optional.empty();
    }

    /**
     * Splits a cell of assessor roles at semicolons, dropping empty parts.
     *
     * @param cell  the cell, stripped
     * @return the roles, stripped, not null
     */
    static List<String> roles(String cell) {
        List<String> roles = new ArrayList<>();
        for (String part : cell.split(ROLE_SEPARATOR, -1)) {
            if (!part.isBlank()) {
                roles.add(part.strip());
            }
        }
        return List.copyOf(roles);
    }

    /**
     * Gets the allowed values of a rating cell on a scale.
     *
     * @param scale  the scale
     * @return the scale's levels, then NA and empty, not null
     */
    static List<String> allowedRatings(RatingScale scale) {
        List<String> allowed = new ArrayList<>(scale.allowed());
        allowed.add(NOT_APPLICABLE + " (not applicable)");
        allowed.add("empty (unanswered)");
        return List.copyOf(allowed);
    }

    private static Optional<Answer> answer(RowCells cells, Layout layout, RatingScale scale, int point,
            CsvOptions options, Map<Integer, String> missing) {
        String column = layout.point().apply(point);
        String evidenceColumn = layout.evidence().apply(point);
        Optional<String> text = cells.text(column);
        Optional<String> evidence = cells.text(evidenceColumn).filter(e -> !e.isEmpty()).map(options::read);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String cell = text.get();
        boolean coded = !cell.equalsIgnoreCase(NOT_APPLICABLE) && options.missingDataCodes().contains(cell);
        if (coded) {
            missing.put(point, cell);
        }
        String value = !coded ? cell
                : options.missingDataAs() == CsvOptions.MissingData.UNANSWERED ? "" : NOT_APPLICABLE;
        Optional<Answer> answer = Optional.empty();
        if (value.isEmpty()) {
            if (evidence.isPresent()) {
                cells.problem(evidenceColumn, evidence.get(), List.of("empty, as point " + point + " is unanswered"),
                        "there is evidence for point " + point + ", but " + (coded ? "its rating is the "
                                + "missing-data code " + cell + ", read as unanswered" : "no rating")
                                + "; rate it or mark it " + NOT_APPLICABLE);
            }
            return Optional.empty();
        } else if (value.equalsIgnoreCase(NOT_APPLICABLE)) {
            answer = Optional.of(Answer.notApplicable(point));
        } else if (!WHOLE_NUMBER.matcher(value).matches()) {
            Optional<RatingLevel> label = scale.levels().stream()
                    .filter(l -> l.label().equalsIgnoreCase(value) || l.id().equals(value.toLowerCase(Locale.ROOT)))
                    .findFirst();
            cells.problem(column, value, allowedRatings(scale), label.map(l -> "the rating is the label '"
                    + l.label() + "'; give its value, " + l.value() + ", instead")
                    .orElse("the rating is not a whole number"));
        } else if (!onScale(value, scale)) {
            cells.problem(column, value, allowedRatings(scale), "the rating " + value + " is not on the scale '"
                    + scale.id() + "'");
        } else {
            answer = Optional.of(Answer.rated(point, new BigInteger(value).intValue()));
        }
        return answer.map(a -> evidence.map(a::withEvidence).orElse(a));
    }

    private static boolean onScale(String wholeNumber, RatingScale scale) {
        BigInteger value = new BigInteger(wholeNumber);
        return value.bitLength() < Integer.SIZE && scale.contains(value.intValue());
    }
}

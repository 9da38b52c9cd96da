package org.patientleadership.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingLevel;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.internal.Checks;

/**
 * Writes the checklist for REDCap: a data dictionary that creates the checklist as one REDCap instrument, and
 * records in the shape of a REDCap records export (and import) for that instrument, which
 * {@link RedcapImport} reads.
 *
 * <p>The dictionary has the 18 standard columns of a REDCap data dictionary, in REDCap's order, and these
 * fields, all on the instrument {@value #FORM}:
 * <ul>
 *   <li>{@value #RECORD_ID}, the record id, first as REDCap requires;</li>
 *   <li>{@value #ORGANISATION} (required text), {@value #ASSESSMENT_DATE} (required text validated as
 *       {@code date_ymd}) and {@value #ASSESSOR_ROLES} (text, roles separated by semicolons), under the section
 *       header "About this assessment";</li>
 *   <li>{@value #RATING_GUIDE}, a descriptive field explaining the rating scale;</li>
 *   <li>for each point, {@code point_01} to {@code point_40}: a {@code radio} field labelled with the point's
 *       number and title ({@code Point 7 of 40: } and the title), its choices the scale's levels and
 *       {@code NA, not applicable}, its field note our summary of the point; then {@code point_01_evidence} to
 *       {@code point_40_evidence}: an optional notes field shown once the point is rated. The first point of
 *       each section carries the section's name as its section header.</li>
 * </ul>
 *
 * <p>This class is thread-safe.
 */
public final class RedcapExport {

    /** The REDCap instrument (form) name. */
    public static final String FORM = "patient_leadership_checklist";
    /**
     * The instrument's label as REDCap shows it for a project built from {@link #dictionary()}: the form name
     * with spaces for underscores and capital initials. {@link RedcapImport} accepts it in
     * {@code redcap_repeat_instrument} when no row of the file uses the name itself.
     */
    public static final String FORM_LABEL = "Patient Leadership Checklist";
    /** The record id field. */
    public static final String RECORD_ID = "record_id";
    /** The organisation field. */
    public static final String ORGANISATION = "organisation";
    /** The assessment date field, validated as {@code date_ymd}. */
    public static final String ASSESSMENT_DATE = "assessment_date";
    /** The assessor roles field; roles are separated by semicolons. */
    public static final String ASSESSOR_ROLES = "assessor_roles";
    /** The descriptive field explaining the rating scale; REDCap exports no data for it. */
    public static final String RATING_GUIDE = "rating_guide";
    /** The form status column REDCap adds to exports: 0 incomplete, 1 unverified, 2 complete. */
    public static final String COMPLETE = FORM + "_complete";
    /** The choice code marking a point as not applicable. */
    public static final String NOT_APPLICABLE = Fields.NOT_APPLICABLE;
    /** The section header of the fields describing the assessment. */
    public static final String ABOUT_SECTION = "About this assessment";

    /** The 18 columns of a REDCap data dictionary, in REDCap's order. */
    public static final List<String> DICTIONARY_COLUMNS = List.of("Variable / Field Name", "Form Name",
            "Section Header", "Field Type", "Field Label", "Choices, Calculations, OR Slider Labels", "Field Note",
            "Text Validation Type OR Show Slider Number", "Text Validation Min", "Text Validation Max",
            "Identifier?", "Branching Logic (Show field only if...)", "Required Field?", "Custom Alignment",
            "Question Number (surveys only)", "Matrix Group Name", "Matrix Ranking?", "Field Annotation");

    /** The column names of a records export. */
    static final Layout LAYOUT = new Layout(ORGANISATION, ASSESSMENT_DATE, ASSESSOR_ROLES,
            RedcapExport::pointVariable, RedcapExport::evidenceVariable);

    private RedcapExport() {
    }

    /**
     * Gives the variable name of a point's rating field.
     *
     * @param point  the point number, from 1 to 40
     * @return the name, such as {@code point_07}, not null
     * @throws IllegalArgumentException if the point number is outside 1 to 40
     */
    public static String pointVariable(int point) {
        return String.format("point_%02d", Checks.inRange(point, 1, ChecklistPoint.COUNT, "checklist point number"));
    }

    /**
     * Gives the variable name of a point's evidence field.
     *
     * @param point  the point number, from 1 to 40
     * @return the name, such as {@code point_07_evidence}, not null
     * @throws IllegalArgumentException if the point number is outside 1 to 40
     */
    public static String evidenceVariable(int point) {
        return pointVariable(point) + "_evidence";
    }

    /**
     * Writes the data dictionary on the default {@link RatingScale#MATURITY} scale; this is the file committed
     * as {@code docs/redcap/data-dictionary.csv}.
     *
     * @return the dictionary as CSV text, not null
     */
    public static String dictionary() {
        return dictionary(RatingScale.MATURITY);
    }

    /**
     * Writes the data dictionary for a scale.
     *
     * @param scale  the scale whose levels are the choices of each point, not null
     * @return the dictionary as CSV text, not null
     * @throws IllegalArgumentException if a level's label holds {@code |}, which separates REDCap choices
     */
    public static String dictionary(RatingScale scale) {
        String choices = choices(scale);
        List<List<String>> rows = new ArrayList<>();
        rows.add(DICTIONARY_COLUMNS);
        rows.add(field(RECORD_ID, "", "text", "Record ID", "", "", "", "", ""));
        rows.add(field(ORGANISATION, ABOUT_SECTION, "text", "Organisation assessed", "",
                "The organisation, or the part of it, whose support for patient leadership is assessed", "", "",
                "y"));
        rows.add(field(ASSESSMENT_DATE, "", "text", "Date of the assessment", "", "", "date_ymd", "", "y"));
        rows.add(field(ASSESSOR_ROLES, "", "text", "Roles of those making the assessment", "",
                "Separate roles with semicolons, such as: Board member; Patient leader", "", "", ""));
        rows.add(field(RATING_GUIDE, "", "descriptive", ratingGuide(scale), "", "", "", "", ""));
        for (ChecklistPoint p : Checklist.points()) {
            String header = p.section().firstPoint() == p.number() ? p.section().displayName() : "";
            rows.add(field(pointVariable(p.number()), header, "radio", label(p), choices,
                    p.summary(), "", "", ""));
            rows.add(field(evidenceVariable(p.number()), "", "notes", "Evidence or notes for point " + p.number()
                    + " (optional)", "", "", "", "[" + pointVariable(p.number()) + "] <> ''", ""));
        }
        return Table.write(rows);
    }

    /**
     * Labels a point's field: {@code Point 7 of 40: } and the title. The words between the number and the title
     * keep the label from repeating the guide's numbered headings word for word.
     *
     * @param p  the point
     * @return the label, not null
     */
    static String label(ChecklistPoint p) {
        return "Point " + p.number() + " of " + ChecklistPoint.COUNT + ": " + p.title();
    }

    private static List<String> field(String name, String section, String type, String label, String choices,
            String note, String validation, String branching, String required) {
        return dictionaryRow(FORM, name, section, type, label, choices, note, validation, branching, required);
    }

    /** Makes one row of a data dictionary of the given instrument, blank in the columns not named. */
    static List<String> dictionaryRow(String form, String name, String section, String type, String label,
            String choices, String note, String validation, String branching, String required) {
        String[] row = new String[DICTIONARY_COLUMNS.size()];
        Arrays.fill(row, "");
        row[0] = name;
        row[1] = form;
        row[2] = section;
        row[3] = type;
        row[4] = label;
        row[5] = choices;
        row[6] = note;
        row[7] = validation;
        row[11] = branching;
        row[12] = required;
        return List.of(row);
    }

    /**
     * Writes the choices of a rating field: {@code value, label} for each level, then {@code NA, not
     * applicable}, separated by {@code " | "}.
     *
     * @param scale  the scale
     * @return the choices, not null
     * @throws IllegalArgumentException if a label holds {@code |}
     */
    static String choices(RatingScale scale) {
        for (RatingLevel l : scale.levels()) {
            if (l.label().contains("|")) {
                throw new IllegalArgumentException("The label '" + l.label() + "' of scale '" + scale.id()
                        + "' holds '|', which separates REDCap choices; rename the level");
            }
        }
        return scale.levels().stream().map(l -> l.value() + ", " + l.label()).collect(Collectors.joining(" | "))
                + " | " + NOT_APPLICABLE + ", not applicable";
    }

    private static String ratingGuide(RatingScale scale) {
        StringBuilder guide = new StringBuilder("Rate each point on the scale '" + scale.name() + "':");
        for (RatingLevel l : scale.levels()) {
            guide.append('\n').append(l.value()).append(" ").append(l.label()).append(": ").append(l.description());
        }
        return guide.append('\n').append(NOT_APPLICABLE).append(" not applicable: the point does not apply to this "
                + "organisation.\nLeave a point blank if it was not considered.").toString();
    }

    /**
     * Writes assessments as REDCap records of the checklist instrument, in the shape of a records export with
     * raw values: the record id (1, 2, … in list order), the fields in dictionary order and the form status,
     * 2 (complete). REDCap's data import tool reads this file into a project built from {@link #dictionary()}.
     * Text cells a spreadsheet would run as formulas are neutralised with a leading quote, which REDCap's import
     * stores as written; for a file that goes straight into REDCap, use {@link #records(List, CsvOptions)} with
     * {@link CsvOptions.Formulas#EXACT}.
     *
     * @param assessments  the assessments, all on the same scale, not null; may be empty (a header only)
     * @return the records as CSV text, not null
     * @throws NullPointerException if the list or an item is null
     * @throws IllegalArgumentException if the assessments are on different scales, an assessor role holds
     *     the separator {@code ;}, or a year is outside 0 to 9999
     */
    public static String records(List<Assessment> assessments) {
        return records(assessments, CsvOptions.DEFAULT);
    }

    /**
     * Writes assessments as REDCap records with options: {@link CsvOptions.Formulas#NEUTRALISE} (the default)
     * puts a single quote before a text cell a spreadsheet would run as a formula, {@link CsvOptions.Formulas#EXACT}
     * writes every cell as it is (what REDCap's own export does). {@link RedcapImport} given the same options
     * reads the assessments back equal.
     *
     * @param assessments  the assessments, all on the same scale, not null; may be empty (a header only)
     * @param options  the options, not null
     * @return the records as CSV text, not null
     * @throws NullPointerException if an argument or item is null
     * @throws IllegalArgumentException if the assessments are on different scales, an assessor role holds
     *     the separator {@code ;}, or a year is outside 0 to 9999
     */
    public static String records(List<Assessment> assessments, CsvOptions options) {
        CsvExport.sameScale(assessments);
        Checks.notNull(options, "options");
        List<String> header = new ArrayList<>();
        header.add(RECORD_ID);
        header.addAll(LAYOUT.all());
        header.add(COMPLETE);
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (int i = 0; i < assessments.size(); i++) {
            Assessment a = assessments.get(i);
            List<String> row = new ArrayList<>(List.of(Integer.toString(i + 1), options.write(a.organisation()),
                    CsvExport.date(a), options.write(CsvExport.roles(a))));
            CsvExport.answers(a, options, row);
            row.add("2");
            rows.add(row);
        }
        return Table.write(rows);
    }
}

package org.patientleadership.csv;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.patientleadership.internal.Checks;

/**
 * Sets how the CSV and REDCap exports write text cells and how the imports read them back, and how the REDCap
 * import reads missing-data codes.
 *
 * <p><b>Formula cells.</b> A spreadsheet opening a CSV file runs any cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return as a formula (CSV injection). Following OWASP's guidance, the
 * exports {@link Formulas#NEUTRALISE neutralise} such text cells by default (organisation, assessor roles and
 * evidence): they write a single quote before the cell, so a spreadsheet shows it as text. A cell that already
 * starts with single quotes followed by one of those characters gets one more quote, so that the imports, in
 * the same mode, take exactly one quote off and read back the text that was written, whatever it was.
 * {@link Formulas#EXACT} writes and reads cells exactly as they are, for files that only programs read.
 * Export and import must use the same mode for a round trip to be exact.
 *
 * <p><b>Missing-data codes</b> (REDCap import only). A REDCap project may mark a field as deliberately left
 * empty with a missing-data code. A point cell holding one of {@link #missingDataCodes()} (compared exactly)
 * is read as {@link MissingData#UNANSWERED unanswered} by default, or as {@link MissingData#NOT_APPLICABLE not
 * applicable}; the code is kept in {@link RowResult#missingData()} and named in the import's notes. The
 * default codes are REDCap's suggested ones except {@code NA}, which in this checklist's instrument is the
 * choice "not applicable" and always reads so.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param formulas  how text cells that a spreadsheet would run are written and read
 * @param missingDataCodes  the missing-data codes of the REDCap project, unmodifiable, in the order given
 * @param missingDataAs  how a point holding a missing-data code is read
 */
public record CsvOptions(Formulas formulas, Set<String> missingDataCodes, MissingData missingDataAs) {

    /** How text cells that a spreadsheet would run as formulas are written and read. */
    public enum Formulas {
        /** Written with a single quote in front, read back without it: safe to open in a spreadsheet. */
        NEUTRALISE,
        /** Written and read exactly as they are: for files only programs read. */
        EXACT
    }

    /** How the REDCap import reads a point holding a missing-data code. */
    public enum MissingData {
        /** As unanswered: the point has no answer. */
        UNANSWERED,
        /** As not applicable. */
        NOT_APPLICABLE
    }

    /** A missing-data code: no spaces, commas or bars; initialised before the constants that check it. */
    private static final Pattern CODE = Pattern.compile("[^\\s,|]{1,40}");

    /**
     * REDCap's suggested missing-data codes but {@code NA}: NI, INV, UNK, NASK, ASKU, NAV, MSK, NAVU, NP, QS, QI,
     * TRC, UNC, DER, PINF, NINF and OTH (from HL7's null flavours).
     */
    public static final Set<String> REDCAP_MISSING_DATA_CODES = Collections.unmodifiableSet(new LinkedHashSet<>(
            List.of("NI", "INV", "UNK", "NASK", "ASKU", "NAV", "MSK", "NAVU", "NP", "QS", "QI", "TRC",
                    "UNC", "DER", "PINF", "NINF", "OTH")));

    /** The defaults: formulas neutralised; REDCap's missing-data codes, read as unanswered. */
    public static final CsvOptions DEFAULT = new CsvOptions(Formulas.NEUTRALISE, REDCAP_MISSING_DATA_CODES,
            MissingData.UNANSWERED);

    /**
     * Creates options.
     *
     * @param formulas  how formula cells are written and read, not null
     * @param missingDataCodes  the missing-data codes, each 1 to 40 characters without spaces, commas or
     *     {@code |}, and not {@code NA} in any case; not null
     * @param missingDataAs  how a point holding a code is read, not null
     * @throws NullPointerException if an argument or code is null
     * @throws IllegalArgumentException if a code is not allowed
     */
    public CsvOptions {
        Checks.notNull(formulas, "formulas");
        Checks.notNull(missingDataAs, "missingDataAs");
        Checks.notNull(missingDataCodes, "missingDataCodes");
        for (String code : missingDataCodes) {
            Checks.notNull(code, "missing-data code");
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("Invalid missing-data code '" + code + "': use 1 to 40 "
                        + "characters without spaces, commas or '|', as REDCap does");
            }
            if (code.equalsIgnoreCase(Fields.NOT_APPLICABLE)) {
                throw new IllegalArgumentException("Invalid missing-data code '" + code + "': NA is the "
                        + "checklist's choice for not applicable and always reads so");
            }
        }
        missingDataCodes = Collections.unmodifiableSet(new LinkedHashSet<>(missingDataCodes));
    }

    /**
     * Returns a copy with another way of writing and reading formula cells.
     *
     * @param formulas  the mode, not null
     * @return the copy, or this if unchanged, not null
     */
    public CsvOptions withFormulas(Formulas formulas) {
        return formulas == this.formulas ? this : new CsvOptions(formulas, missingDataCodes, missingDataAs);
    }

    /**
     * Returns a copy with other missing-data codes, such as a project's own {@code -999}.
     *
     * @param codes  the codes, not null
     * @return the copy, not null
     * @throws IllegalArgumentException if a code is not allowed
     */
    public CsvOptions withMissingDataCodes(Set<String> codes) {
        return new CsvOptions(formulas, codes, missingDataAs);
    }

    /**
     * Returns a copy reading missing-data codes another way.
     *
     * @param as  how a point holding a code is read, not null
     * @return the copy, or this if unchanged, not null
     */
    public CsvOptions withMissingDataAs(MissingData as) {
        return as == missingDataAs ? this : new CsvOptions(formulas, missingDataCodes, as);
    }

    /**
     * Writes a text cell in the chosen mode.
     *
     * @param text  the text
     * @return the cell, not null
     */
    String write(String text) {
        return formulas == Formulas.NEUTRALISE && isFormula(text, 0) ? "'" + text : text;
    }

    /**
     * Reads a text cell in the chosen mode: the inverse of {@link #write(String)}.
     *
     * @param cell  the cell, stripped
     * @return the text, not null
     */
    String read(String cell) {
        return formulas == Formulas.NEUTRALISE && cell.startsWith("'") && isFormula(cell, 1) ? cell.substring(1)
                : cell;
    }

    /** Checks if the text from {@code from} is a run of single quotes then a character a spreadsheet runs. */
    private static boolean isFormula(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && "=+-@\t\r".indexOf(text.charAt(i)) >= 0;
    }
}

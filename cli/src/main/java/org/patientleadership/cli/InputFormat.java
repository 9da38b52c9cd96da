package org.patientleadership.cli;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The formats an input file can be in; {@link #AUTO} works it out from the file's content.
 */
enum InputFormat {

    /** Work the format out from the file: JSON or FHIR by their first character and fields, CSV by its header. */
    AUTO,
    /** The library's versioned JSON assessment document. */
    JSON,
    /** Plain CSV, one row per assessment ({@code organisation,date,assessor_roles,point_1,...}). */
    CSV,
    /** A REDCap records export of the checklist instrument (first column the record id). */
    REDCAP,
    /** A FHIR R4 QuestionnaireResponse to the checklist's Questionnaire. */
    FHIR;

    /**
     * Works out the format of a file from its first bytes.
     *
     * @param bytes  the file's content
     * @return the format, never {@link #AUTO}
     */
    static InputFormat detect(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return start.contains("\"resourceType\"") ? FHIR : JSON;
        }
        int end = start.indexOf('\n');
        String header = (end < 0 ? start : start.substring(0, end)).toLowerCase(Locale.ROOT);
        String first = header.split(",", 2)[0].replace("\"", "").strip();
        return first.equals("organisation") || !header.contains("_complete") && !header.contains("record_id")
                && !header.contains("redcap_") ? CSV : REDCAP;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

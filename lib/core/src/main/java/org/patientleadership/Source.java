package org.patientleadership;

import java.util.Objects;


/**
 * Says where a catalogue element comes from: a document and the place in it (point, page, slide, figure).
 *
 * <p>The locator is free text written so a reader can find the place, for example {@code point 6},
 * {@code page 42} or {@code slide 'Ladder of Co-production'}. {@link #toString()} prints
 * {@code document-id, locator}, which {@link #parse(CharSequence)} reads back.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param document  the document, not null
 * @param locator  the place in the document, not blank
 */
public record Source(SourceDocument document, String locator) {

    /**
     * Creates a source, checking its parts.
     *
     * @param document  the document, not null
     * @param locator  the place in the document, not blank
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the locator is blank
     */
    public Source {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(locator, "locator");
        locator = locator.strip();
        if (locator.isEmpty()) {
            throw new IllegalArgumentException("locator must not be blank");
        }
    }

    /**
     * Obtains a source from a document and a place in it.
     *
     * @param document  the document, not null
     * @param locator  the place in the document, not blank
     * @return the source, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the locator is blank
     */
    public static Source of(SourceDocument document, String locator) {
        return new Source(document, locator);
    }

    /**
     * Obtains a source in the guide (seed 001).
     *
     * @param locator  the place in the guide, such as {@code point 6}, not blank
     * @return the source, not null
     * @throws NullPointerException if the locator is null
     * @throws IllegalArgumentException if the locator is blank
     */
    public static Source guide(String locator) {
        return new Source(SourceDocument.GUIDE, locator);
    }

    /**
     * Obtains a source from its text form {@code document-id, locator}, as printed by {@link #toString()}.
     *
     * @param text  the text to parse, such as {@code guide, point 6}, not null
     * @return the source, not null
     * @throws NullPointerException if the text is null
     * @throws IllegalArgumentException if the text has no comma or a blank locator
     * @throws UnknownElementException if the document id is unknown
     */
    public static Source parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int comma = s.indexOf(',');
        if (comma < 0) {
            throw new IllegalArgumentException(
                    "Invalid source '" + s + "': expected 'document-id, locator', such as 'guide, point 6'");
        }
        return new Source(SourceDocument.of(s.substring(0, comma).strip()), s.substring(comma + 1));
    }

    /**
     * Returns the text form {@code document-id, locator}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return document.id() + ", " + locator;
    }
}

package org.patientleadership.internal;

/**
 * The rules for showing user text (organisation names, roles, evidence, column names) where it could change
 * how the text around it is shown, for the report writers, the FHIR narrative and the locations of problems.
 * Not part of the API.
 *
 * <p>Bidirectional controls (CVE-2021-42574, "Trojan Source") are the embeddings and overrides U+202A to
 * U+202E, closed by U+202C, and the isolates U+2066 to U+2068, closed by U+2069. A control is paired when it
 * is closed inside the same text in the order the Unicode Bidirectional Algorithm (UAX #9) pairs them;
 * {@link #withoutUnpairedControls(String)} removes the others, so that no text can reorder what follows it.
 * Text holding a right-to-left letter or a control is then isolated: in HTML with {@code <bdi>}, elsewhere
 * by {@link #isolate(String)}.
 */
public final class UserText {

    /** FIRST STRONG ISOLATE: starts an isolate whose direction is that of its first strong letter. */
    public static final char FSI = '\u2068';
    /** POP DIRECTIONAL ISOLATE: closes an isolate. */
    public static final char PDI = '\u2069';
    private static final char PDF = '\u202C';

    private UserText() {
    }

    /**
     * Checks if a character is a bidirectional embedding, override or isolate control, or their closer.
     *
     * @param c  the character
     * @return true for U+202A to U+202E and U+2066 to U+2069
     */
    public static boolean isBidiControl(int c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= PDI;
    }

    /**
     * Checks if text needs isolating from the text around it: it holds a bidirectional control or a
     * right-to-left letter (such as Arabic or Hebrew).
     *
     * @param text  the text, not null
     * @return true if it should be isolated
     */
    public static boolean needsIsolation(String text) {
        return text.codePoints().anyMatch(c -> c >= '\u0590' && (isBidiControl(c)
                || rightToLeft(Character.getDirectionality(c))));
    }

    private static boolean rightToLeft(byte directionality) {
        return directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /**
     * Removes the bidirectional controls that are not paired within the text: closers without an opener,
     * openers never closed, and embeddings cut short by the close of an isolate around them.
     *
     * @param text  the text, not null
     * @return the text with only paired controls, the same instance if nothing was removed
     */
    public static String withoutUnpairedControls(String text) {
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        boolean[] drop = new boolean[text.length()];
        int[] open = new int[text.length()];
        int depth = 0;
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isBidiControl(c)) {
                continue;
            }
            if (c == PDF) {
                if (depth > 0 && !isIsolate(text.charAt(open[depth - 1]))) {
                    depth--;
                } else {
                    drop[i] = true;
                }
            } else if (c == PDI) {
                int isolate = depth - 1;
                while (isolate >= 0 && !isIsolate(text.charAt(open[isolate]))) {
                    isolate--;
                }
                if (isolate < 0) {
                    drop[i] = true;
                } else {
                    for (int j = isolate + 1; j < depth; j++) {
                        drop[open[j]] = true;
                    }
                    depth = isolate;
                }
            } else {
                open[depth++] = i;
            }
        }
        for (int j = 0; j < depth; j++) {
            drop[open[j]] = true;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!drop[i]) {
                b.append(text.charAt(i));
            }
        }
        return b.length() == text.length() ? text : b.toString();
    }

    private static boolean isIsolate(char c) {
        return c >= '\u2066' && c <= FSI;
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isBidiControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Makes text safe to place among other text where markup cannot isolate it (Markdown, SVG, plain text):
     * unpaired controls removed, and the result enclosed in FSI and PDI when it {@link #needsIsolation needs
     * isolating}.
     *
     * @param text  the text, not null
     * @return the safe text, the same instance when nothing needed doing
     */
    public static String isolate(String text) {
        String paired = withoutUnpairedControls(text);
        return needsIsolation(paired) ? FSI + paired + PDI : paired;
    }

    /**
     * Shows a name inside a location or message on one line: line breaks, tabs and other control characters,
     * and bidirectional controls, are written as escapes ({@code \n}, {@code \r}, {@code \t}, {@code \u202E}).
     *
     * @param name  the name, not null
     * @return the name as shown, the same instance when nothing needed escaping
     */
    public static String escaped(String name) {
        StringBuilder b = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String escape = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) || isBidiControl(c) ? String.format("\\u%04X", (int) c) : null;
            };
            if (escape != null && b == null) {
                b = new StringBuilder(name.length() + 8).append(name, 0, i);
            }
            if (b != null) {
                if (escape != null) {
                    b.append(escape);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? name : b.toString();
    }
}

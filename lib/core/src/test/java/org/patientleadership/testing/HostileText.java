package org.patientleadership.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generates user text that is hard to carry through a format unchanged: formula prefixes a spreadsheet would
 * run ({@code = + - @}, also behind single quotes), bidirectional controls paired and unpaired, right-to-left
 * letters, quotes, separators, line breaks (LF, CR, CRLF), markup characters and characters outside the Basic
 * Multilingual Plane. Texts are stripped and never blank, as the library's values require; they hold no NUL,
 * which every reader refuses in a document.
 */
public final class HostileText {

    private static final String[] PIECES = {"=", "+", "-", "@", "'", "''=", "=SUM(A1:A2)", "+1", "-2", "@cmd",
        "\u202E", "\u202A", "\u202B", "\u202C", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u202Eevil\u202C", "\u2067rtl\u2069", "שלום", "مرحبا", "\"", "\"\"", ",", ";", "|", "\n", "\r", "\r\n",
        "\t", "<b>", "&amp;", "*", "_", "`", "#", "\\", "😀", "𝔘", "é", "–", " ", "North Trust", "a", "7"};

    private HostileText() {
    }

    /**
     * Generates texts of one to six pieces.
     *
     * @return the generator, not null
     */
    public static Arbitrary<String> text() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(6).map(p -> String.join("", p).strip())
                .filter(s -> !s.isEmpty());
    }

    /**
     * Generates texts without the given separator, such as the {@code ;} between assessor roles.
     *
     * @param separator  the separator to leave out
     * @return the generator, not null
     */
    public static Arbitrary<String> textWithout(String separator) {
        return text().map(s -> s.replace(separator, " ").strip()).filter(s -> !s.isEmpty());
    }
}

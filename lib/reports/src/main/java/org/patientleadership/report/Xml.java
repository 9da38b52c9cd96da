package org.patientleadership.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

import org.patientleadership.internal.UserText;

/**
 * A small writer of XML-shaped markup, for the SVG charts and the HTML pages (written as polyglot HTML, which
 * parses both as HTML and as XML).
 *
 * <p>Element and attribute names come from this package's code only; every attribute value and every text is
 * escaped: {@code & < > " '} and tab, line feed and carriage return become references (so that an XML
 * parser gives them back unchanged, in text and in attributes), and characters XML 1.0 does not allow (control characters
 * other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF) become U+FFFD. So any
 * user text, such as an organisation named {@code <script>}, appears as text and never as markup.
 *
 * <p>Every text and attribute value is also kept from reordering what is around it (CVE-2021-42574):
 * bidirectional controls the text does not close itself are removed, and a text holding right-to-left letters
 * or controls is isolated, in HTML content with {@code <bdi>}, inside SVG, {@code <title>} and attribute values
 * (where no element can go) between FSI and PDI ({@link UserText#isolate}). Text without either is written as it
 * is, so pages in English are unchanged.
 *
 * <p>Not thread-safe: one writer builds one document.
 */
final class Xml {

    /** Elements whose content is text only in HTML, where {@code <bdi>} would show as text. */
    private static final Set<String> TEXT_ONLY = Set.of("title", "style", "script", "textarea", "option");

    private final StringBuilder out = new StringBuilder(4096);
    private final Deque<String> open = new ArrayDeque<>();
    private final boolean indent;

    /**
     * Creates a writer.
     *
     * @param indent  whether to start each element on a new line
     */
    Xml(boolean indent) {
        this.indent = indent;
    }

    /**
     * Opens an element; it stays open until {@link #close()}.
     *
     * @param name  the element name
     * @param attributes  attribute names and values, in pairs; a null value leaves the attribute out
     * @return this writer
     */
    Xml open(String name, String... attributes) {
        start(name, attributes);
        out.append('>');
        open.push(name);
        return this;
    }

    /**
     * Writes an element with no content, as {@code <name/>}.
     *
     * @param name  the element name
     * @param attributes  attribute names and values, in pairs
     * @return this writer
     */
    Xml empty(String name, String... attributes) {
        start(name, attributes);
        out.append("/>");
        return this;
    }

    /**
     * Writes an element holding only text.
     *
     * @param name  the element name
     * @param text  the text, escaped
     * @param attributes  attribute names and values, in pairs
     * @return this writer
     */
    Xml element(String name, String text, String... attributes) {
        start(name, attributes);
        out.append('>');
        content(text, name);
        out.append("</").append(name).append('>');
        return this;
    }

    /** Writes element content, isolated as the class describes; {@code element} is the element it goes in. */
    private void content(String text, String element) {
        if (!UserText.needsIsolation(text)) {
            escape(text, out);
        } else if (TEXT_ONLY.contains(element) || open.contains("svg")) {
            escape(UserText.isolate(text), out);
        } else {
            out.append("<bdi>");
            escape(UserText.withoutUnpairedControls(text), out);
            out.append("</bdi>");
        }
    }

    /**
     * Writes text, escaped.
     *
     * @param text  the text
     * @return this writer
     */
    Xml text(String text) {
        content(text, open.isEmpty() ? "" : open.peek());
        return this;
    }

    /**
     * Writes markup made by this package (a chart, or the style sheet) as it is.
     *
     * @param markup  trusted markup
     * @return this writer
     */
    Xml raw(String markup) {
        out.append(markup);
        return this;
    }

    /**
     * Closes the innermost open element.
     *
     * @return this writer
     * @throws IllegalStateException if no element is open
     */
    Xml close() {
        if (open.isEmpty()) {
            throw new IllegalStateException("no element is open");
        }
        String name = open.pop();
        if (indent) {
            newline();
        }
        out.append("</").append(name).append('>');
        return this;
    }

    /**
     * Gives the markup written, all elements closed.
     *
     * @return the markup
     * @throws IllegalStateException if an element is still open
     */
    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("elements still open: " + open);
        }
        return out.toString();
    }

    private void start(String name, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name and value pairs: " + attributes.length);
        }
        if (indent) {
            newline();
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(UserText.isolate(attributes[i + 1]), out);
                out.append('"');
            }
        }
    }

    private void newline() {
        if (out.length() > 0) {
            out.append('\n');
            out.append("  ".repeat(open.size()));
        }
    }

    /**
     * Escapes text for element content or a quoted attribute value.
     *
     * @param text  the text, not null
     * @return the escaped text
     */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        escape(text, b);
        return b.toString();
    }

    private static void escape(String text, StringBuilder b) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\t' -> b.append("&#9;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        b.append(c);
                    } else {
                        b.append('\uFFFD');
                    }
                }
            }
        }
    }

    /**
     * Replaces the characters XML 1.0 does not allow with U+FFFD, escaping nothing else.
     *
     * @param text  the text, not null
     * @return the text with only allowed characters
     */
    static String clean(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                b.append(c).append(text.charAt(++i));
            } else {
                b.append(allowed(c) ? c : '\uFFFD');
            }
        }
        return b.toString();
    }

    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }

    /**
     * Formats a coordinate or length with at most two decimals, in the root locale.
     *
     * @param value  the number
     * @return the text, such as {@code 12.5}
     */
    static String num(double value) {
        double r = Math.round(value * 100) / 100.0;
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        return String.format(Locale.ROOT, "%.2f", r).replaceAll("0+$", "");
    }
}

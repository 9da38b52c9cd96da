package org.patientleadership.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One change to a document's bytes, for the fuzz properties of every reader. The kinds cover what goes wrong
 * with real files and what a hostile sender tries: a flipped byte, a cut, a stretch deleted or repeated
 * elsewhere (splice), a hostile token inserted (huge, tiny and negative-zero numbers, a 400-digit integer,
 * NaN, a string longer than any limit, a byte order mark, NUL, invalid UTF-8, quotes and separators), a key
 * repeated, a value nested deeply, and line ends changed to CR or CRLF.
 *
 * @param kind  what to do
 * @param at  where, taken modulo the length plus one
 * @param length  how long a stretch, or which token
 * @param value  the byte or mask used
 */
public record Mutation(Kind kind, int at, int length, byte value) {

    /** The kinds of change. */
    public enum Kind {
        /** XOR one byte with a mask. */
        FLIP,
        /** Cut the document short. */
        TRUNCATE,
        /** Delete a stretch. */
        DELETE,
        /** Copy a stretch to another place. */
        SPLICE,
        /** Insert a hostile token. */
        TOKEN,
        /** Repeat the line at a place (in indented JSON: a duplicate key). */
        DUPLICATE_LINE,
        /** Put a value nested many levels deep at a place. */
        DEEP_NESTING,
        /** Replace the number at or after a place by a hostile number. */
        NUMBER,
        /** Change every line feed to CRLF. */
        CRLF,
        /** Change every line feed to CR. */
        CR,
        /** Put a UTF-8 byte order mark in front. */
        BOM
    }

    private static final byte[][] TOKENS = tokens();

    private static byte[][] tokens() {
        List<String> text = List.of("1e999", "-1e999", "1e-999", "-0", "-0.0", "1" + "0".repeat(399), "NaN",
                "Infinity", "2.0", "2e0", "\"" + "x".repeat(120_000) + "\"", "\"\"", "\"", ",", ":", "{", "}", "[", "]",
                "null", "true", "\\u0000", "\\", "\n", "\r", "\r\n", ";", "\t", "=HYPERLINK(\"x\")", "'=1", "\u202E",
                "point_01", "NA", "UNK", "-999", "patient_leadership_checklist", "Patient Leadership Checklist",
                "\"a\":1,");
        byte[][] tokens = new byte[text.size() + 5][];
        for (int i = 0; i < text.size(); i++) {
            tokens[i] = text.get(i).getBytes(StandardCharsets.UTF_8);
        }
        int n = text.size();
        tokens[n] = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        tokens[n + 1] = new byte[] {0};
        tokens[n + 2] = new byte[] {(byte) 0xC3, (byte) 0x28};
        tokens[n + 3] = new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        tokens[n + 4] = new byte[] {(byte) 0xFF, (byte) 0xFE};
        return tokens;
    }

    private static final byte[][] NUMBERS = {"1e999".getBytes(StandardCharsets.US_ASCII),
        "-0.0".getBytes(StandardCharsets.US_ASCII), "1e-999".getBytes(StandardCharsets.US_ASCII),
        ("9".repeat(400)).getBytes(StandardCharsets.US_ASCII), "2.5".getBytes(StandardCharsets.US_ASCII),
        "-2147483649".getBytes(StandardCharsets.US_ASCII), "99999999999999999999".getBytes(StandardCharsets.US_ASCII),
        "1E+2147483647".getBytes(StandardCharsets.US_ASCII), "0x1F".getBytes(StandardCharsets.US_ASCII)};

    /**
     * Generates one to four mutations.
     *
     * @return the generator, not null
     */
    public static Arbitrary<List<Mutation>> some() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers().between(1, 400), Arbitraries.bytes()).as(Mutation::new).list()
                .ofMinSize(1).ofMaxSize(4);
    }

    /**
     * Applies mutations in turn.
     *
     * @param document  the document
     * @param mutations  the mutations
     * @return the changed bytes, a new array
     */
    public static byte[] apply(byte[] document, List<Mutation> mutations) {
        byte[] changed = document;
        for (Mutation m : mutations) {
            changed = m.apply(changed);
        }
        return changed;
    }

    /**
     * Applies this mutation.
     *
     * @param d  the document
     * @return the changed bytes, a new array
     */
    public byte[] apply(byte[] d) {
        int i = Math.floorMod(at, d.length + 1);
        int j = Math.min(d.length, i + length);
        return switch (kind) {
            case FLIP -> {
                byte[] copy = d.clone();
                if (i < copy.length) {
                    copy[i] ^= value == 0 ? 0x20 : value;
                }
                yield copy;
            }
            case TRUNCATE -> Arrays.copyOf(d, i);
            case DELETE -> concat(head(d, i), tail(d, j));
            case SPLICE -> {
                int to = Math.floorMod(at * 31 + value, d.length + 1);
                yield concat(head(d, to), Arrays.copyOfRange(d, i, j), tail(d, to));
            }
            case TOKEN -> concat(head(d, i), TOKENS[length % TOKENS.length], tail(d, i));
            case DUPLICATE_LINE -> {
                int start = i;
                while (start > 0 && d[start - 1] != '\n') {
                    start--;
                }
                int end = i;
                while (end < d.length && d[end] != '\n') {
                    end++;
                }
                end = Math.min(d.length, end + 1);
                yield concat(head(d, end), Arrays.copyOfRange(d, start, end), tail(d, end));
            }
            case DEEP_NESTING -> {
                int depth = 20 + length % 200;
                byte[] nest = ("[".repeat(depth) + "1" + "]".repeat(depth)).getBytes(StandardCharsets.US_ASCII);
                yield concat(head(d, i), nest, tail(d, i));
            }
            case NUMBER -> {
                int start = i;
                while (start < d.length && (d[start] < '0' || d[start] > '9')) {
                    start++;
                }
                int end = start;
                while (end < d.length && (d[end] >= '0' && d[end] <= '9' || d[end] == '.' || d[end] == 'e'
                        || d[end] == 'E' || d[end] == '-' || d[end] == '+')) {
                    end++;
                }
                yield concat(head(d, start), NUMBERS[length % NUMBERS.length], tail(d, end));
            }
            case CRLF -> new String(d, StandardCharsets.ISO_8859_1).replace("\n", "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            case CR -> new String(d, StandardCharsets.ISO_8859_1).replace('\n', '\r')
                    .getBytes(StandardCharsets.ISO_8859_1);
            case BOM -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, d);
        };
    }

    private static byte[] head(byte[] d, int i) {
        return Arrays.copyOfRange(d, 0, i);
    }

    private static byte[] tail(byte[] d, int i) {
        return Arrays.copyOfRange(d, i, d.length);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}

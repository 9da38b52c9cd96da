package org.patientleadership.formats.internal;

import org.patientleadership.internal.Checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.patientleadership.InvalidInputException;
import org.patientleadership.Problem;

/**
 * Turns the bytes of a document into text for every reader of the library: at most a given size, UTF-8 only
 * (a UTF-8 byte order mark is skipped; UTF-16 and UTF-32 are refused), and never empty. Not part of the API.
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * Reads a stream to its end, refusing more than the given number of bytes. The stream is not closed.
     *
     * @param in  the stream, not null
     * @param maxBytes  the most bytes allowed
     * @param format  the format being read, for messages
     * @return the bytes, not null
     * @throws InvalidInputException if the stream holds more than {@code maxBytes}
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static byte[] readAll(InputStream in, int maxBytes, String format) {
        Checks.notNull(in, "in");
        try {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            tooLarge(bytes.length, maxBytes, format);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the " + format + ": " + e.getMessage(), e);
        }
    }

    private static void tooLarge(long length, int maxBytes, String format) {
        if (length > maxBytes) {
            throw new InvalidInputException(format, new Problem("/", length + " bytes or more", List.of(
                    "at most " + maxBytes + " bytes"), "the document is too large"));
        }
    }

    /**
     * Decodes bytes as UTF-8, refusing other encodings, malformed bytes, empty input and more than
     * {@code maxBytes}; skips a UTF-8 byte order mark.
     *
     * @param bytes  the bytes, not null
     * @param maxBytes  the most bytes allowed
     * @param format  the format being read, for messages
     * @return the text, without a byte order mark, not null
     * @throws InvalidInputException if the bytes are not acceptable UTF-8 text
     */
    public static String decode(byte[] bytes, int maxBytes, String format) {
        Checks.notNull(bytes, "bytes");
        tooLarge(bytes.length, maxBytes, format);
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            throw encoding(format, "UTF-32");
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw encoding(format, "UTF-16");
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InvalidInputException(format, new Problem("byte " + in.position(), "", List.of("UTF-8 text"),
                    "the bytes are not valid UTF-8"));
        }
        String text = out.flip().toString();
        if (text.isBlank()) {
            throw new InvalidInputException(format, new Problem("/", "", List.of("a " + format),
                    "the document is empty"));
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new InvalidInputException(format, new Problem("character " + text.indexOf('\u0000'), "",
                    List.of("UTF-8 text"), "the text contains NUL characters; is it UTF-16 without a byte order "
                            + "mark?"));
        }
        return text;
    }

    private static InvalidInputException encoding(String format, String found) {
        return new InvalidInputException(format, new Problem("byte 0", found + " byte order mark", List.of(
                "UTF-8 text"), "the document is encoded as " + found + "; save it as UTF-8"));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

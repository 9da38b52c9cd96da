package org.patientleadership.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import org.patientleadership.InvalidInputException;

/** Damages files for the properties, and checks that a reader copes with the damage. */
final class Damage {

    private Damage() {
    }

    /**
     * A change to a file: delete a stretch (0), insert a byte (1), replace a byte (2), cut the file short (3), or
     * repeat a stretch (4).
     *
     * @param kind  the kind of change, 0 to 4
     * @param at  where, taken modulo the file length plus one
     * @param length  how long a stretch
     * @param value  the byte inserted or written
     */
    record Mutation(int kind, int at, int length, byte value) {

        byte[] apply(byte[] file) {
            int i = Math.floorMod(at, file.length + 1);
            int j = Math.min(file.length, i + length);
            byte[] head = Arrays.copyOfRange(file, 0, i);
            return switch (kind) {
                case 0 -> concat(head, Arrays.copyOfRange(file, j, file.length));
                case 1 -> concat(head, new byte[] {value}, Arrays.copyOfRange(file, i, file.length));
                case 2 -> i < file.length ? concat(head, new byte[] {value}, Arrays.copyOfRange(file, i + 1,
                        file.length)) : file;
                case 3 -> head;
                default -> concat(Arrays.copyOfRange(file, 0, j), Arrays.copyOfRange(file, i, file.length));
            };
        }

        private static byte[] concat(byte[]... parts) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] p : parts) {
                out.writeBytes(p);
            }
            return out.toByteArray();
        }
    }

    /** One to four mutations, favouring the bytes that matter to CSV and UTF-8. */
    static Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Byte> interesting = Arbitraries.oneOf(Arbitraries.of((byte) ',', (byte) '"', (byte) '\n',
                (byte) '\r', (byte) ';', (byte) 0, (byte) 0xFF, (byte) 0xFE, (byte) 0xC3, (byte) '9', (byte) 'N'),
                Arbitraries.bytes());
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers().between(1, 200), interesting).as(Mutation::new).list().ofMinSize(1)
                .ofMaxSize(4);
    }

    /** Applies mutations in turn. */
    static byte[] apply(byte[] file, List<Mutation> mutations) {
        byte[] damaged = file;
        for (Mutation m : mutations) {
            damaged = m.apply(damaged);
        }
        return damaged;
    }

    /**
     * Reads bytes, checking that the reader throws nothing but {@link InvalidInputException}, that rows come in
     * order, and that "all or nothing" agrees with the problems.
     *
     * @param bytes  the file
     * @param reader  the import
     * @param garbage  true if the bytes are garbage, from which no assessment may be read
     */
    static void readsOrRefuses(byte[] bytes, Function<byte[], ImportResult> reader, boolean garbage) {
        ImportResult result;
        try {
            result = reader.apply(bytes);
        } catch (InvalidInputException e) {
            assertThat(e.problems()).isNotEmpty();
            return;
        }
        if (garbage) {
            assertThat(result.assessments()).isEmpty();
        }
        int previous = 1;
        for (RowResult r : result.rows()) {
            assertThat(r.row()).isGreaterThan(previous);
            previous = r.row();
        }
        try {
            assertThat(result.orThrow()).isEqualTo(result.assessments());
            assertThat(result.hasProblems()).isFalse();
        } catch (InvalidInputException e) {
            assertThat(e.problems()).isEqualTo(result.problems()).isNotEmpty();
        }
    }
}

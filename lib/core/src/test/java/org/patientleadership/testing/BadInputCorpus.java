package org.patientleadership.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.patientleadership.InvalidInputException;

/**
 * The corpus of bad inputs under {@code src/test/resources/bad-input/<dir>/}. Each directory has an
 * {@code expected.tsv}: one line per case, {@code file<TAB>location<TAB>message fragment}, where the location
 * must equal the first problem's location (or be {@code *} for any) and the fragment must occur in the
 * exception's message. Lines starting with {@code #} are comments. Every file in the directory but
 * {@code expected.tsv} must have a line, and every line a file.
 */
public final class BadInputCorpus {

    /** The corpus root, relative to the lib module. */
    public static final Path ROOT = Path.of("src", "test", "resources", "bad-input");

    private BadInputCorpus() {
    }

    /**
     * One bad input.
     *
     * @param file  the file name
     * @param bytes  its bytes
     * @param location  the expected location of the first problem, or {@code *}
     * @param fragment  a fragment the message must contain
     */
    public record Case(String file, byte[] bytes, String location, String fragment) {
    }

    /**
     * Loads the cases of one directory, checking that files and lines match.
     *
     * @param dir  the directory under the corpus root
     * @return the cases, in file-name order
     */
    public static List<Case> load(String dir) {
        Path folder = ROOT.resolve(dir);
        try {
            List<Case> cases = new ArrayList<>();
            Set<String> listed = new TreeSet<>();
            for (String line : Files.readAllLines(folder.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                if (parts.length != 3) {
                    throw new IllegalStateException(dir + "/expected.tsv: expected 3 tab-separated fields: " + line);
                }
                listed.add(parts[0]);
                cases.add(new Case(parts[0], Files.readAllBytes(folder.resolve(parts[0])), parts[1], parts[2]));
            }
            Set<String> present = new TreeSet<>();
            try (Stream<Path> files = Files.list(folder)) {
                files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.tsv"))
                        .forEach(present::add);
            }
            assertThat(present).as(dir + ": files without a line in expected.tsv, or lines without a file")
                    .isEqualTo(listed);
            cases.sort((a, b) -> a.file().compareTo(b.file()));
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes one dynamic test per case of a directory: reading the case must throw an
     * {@link InvalidInputException} with the expected location and message fragment, and return no value.
     *
     * @param dir  the directory under the corpus root
     * @param reader  reads bytes into a value
     * @return the tests
     */
    public static Stream<DynamicTest> tests(String dir, Function<byte[], ?> reader) {
        return load(dir).stream().map(c -> DynamicTest.dynamicTest(dir + "/" + c.file(), () ->
                assertThatThrownBy(() -> reader.apply(c.bytes()))
                        .isInstanceOf(InvalidInputException.class)
                        .hasMessageContaining(c.fragment())
                        .satisfies(e -> {
                            if (!c.location().equals("*")) {
                                assertThat(((InvalidInputException) e).location()).isEqualTo(c.location());
                            }
                        })));
    }
}

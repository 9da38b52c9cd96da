package org.patientleadership.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Runs the command lines of the README's "Command line" section (the block that {@code .ci/run} also runs with
 * the built jar), so they cannot rot.
 */
class ReadmeCommandsTest {

    static final String JAR = "java -jar cli/target/patient-leadership-cli.jar ";

    static List<String> commands() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("<!-- cli-commands");
        int end = readme.indexOf("<!-- end cli-commands -->");
        assertThat(start).as("README has the cli-commands block").isPositive().isLessThan(end);
        return readme.substring(start, end).lines().filter(l -> l.startsWith("java -jar")).toList();
    }

    @Test
    void readme_hasThreeInvocations_ofTheBuiltJar() throws Exception {
        assertThat(commands()).hasSize(3).allSatisfy(c -> assertThat(c).startsWith(JAR));
    }

    @Test
    void readmeInvocations_succeed() throws Exception {
        for (String command : commands()) {
            // Paths in the README are from the project root; the tests run in cli/.
            String[] args = Arrays.stream(command.substring(JAR.length()).split(" +"))
                    .map(a -> a.startsWith("cli/") ? a.substring("cli/".length()) : a).toArray(String[]::new);
            MainTest.Run r = MainTest.run(args);
            assertThat(r.code()).as(command + "\n" + r.err()).isZero();
            assertThat(r.out()).as(command).isNotBlank();
            assertThat(r.err()).as(command).isEmpty();
        }
    }

    @Test
    void readmeExcerpt_isWhatScorePrints() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String out = MainTest.run("score", "samples/riverside-2026.json").out();
        for (String line : List.of("Overall                                   44.7  Making a start   38 of 39",
                "Overall: 38 of 39 answered; one point marked not applicable.",
                "1. Map it out (point 25; high priority)")) {
            assertThat(readme).contains(line);
            assertThat(out).contains(line);
        }
    }
}

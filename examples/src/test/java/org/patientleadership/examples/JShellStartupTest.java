package org.patientleadership.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

import org.junit.jupiter.api.Test;

/** Runs the JShell startup script the README points researchers to, and the README's JShell lines. */
class JShellStartupTest {

    @Test
    void startupScriptImportsEveryPackage_andTheReadmeLinesWork() throws IOException {
        List<String> imports = Files.readAllLines(Path.of("jshell", "startup.jsh")).stream()
                .filter(l -> l.startsWith("import ")).toList();
        List<String> exported = java.util.stream.Stream.of("core", "formats", "reports")
                .flatMap(m -> {
                    try {
                        return Files.readAllLines(Path.of("..", "lib", m, "src", "main", "java", "module-info.java"))
                                .stream();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .map(String::strip).filter(l -> l.startsWith("exports ") && !l.contains(" to "))
                .map(l -> "import " + l.substring("exports ".length(), l.length() - 1) + ".*;").toList();
        assertThat(exported).hasSizeGreaterThan(5);
        assertThat(imports).containsExactlyInAnyOrderElementsOf(exported);
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            shell.addToClasspath(System.getProperty("java.class.path"));
            for (String line : imports) {
                assertThat(shell.eval(line)).as(line).allSatisfy(e -> assertThat(e.status())
                        .isEqualTo(Snippet.Status.VALID));
            }
            assertThat(value(shell, "Checklist.point(34).title()")).isEqualTo("\"Focus on attributes, not roles\"");
            assertThat(value(shell, "ArnsteinRung.of(6)")).isEqualTo("PARTNERSHIP");
            assertThat(value(shell, "Profiler.profile(ProfileAnswers.builder(\"R\").holds(RoleType.PEER_SUPPORTER)"
                    + ".build()).stage()")).isEqualTo("EMERGING");
            assertThat(value(shell, "Scoring.score(Assessment.builder(\"O\", java.time.LocalDate.of(2026, 1, 1))"
                    + ".rate(1, 4).rate(2, 4).build()).section(Section.of(1)).value().getAsDouble()"))
                    .isEqualTo("100.0");
        }
    }

    private static String value(JShell shell, String expression) {
        List<SnippetEvent> events = shell.eval(expression);
        assertThat(events).as(expression).isNotEmpty();
        SnippetEvent event = events.get(0);
        assertThat(event.exception()).as(expression).isNull();
        assertThat(event.status()).as(expression + ": " + shell.diagnostics(event.snippet()).map(d -> d
                .getMessage(null)).toList()).isEqualTo(Snippet.Status.VALID);
        return event.value();
    }
}

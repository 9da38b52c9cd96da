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

/** Runs the JShell session of docs/statistics.md and checks every result it shows. */
class StatisticsDocTest {

    @Test
    void jshellSession_givesTheResultsShown() throws IOException {
        List<String> doc = Files.readAllLines(Path.of("..", "docs", "statistics.md"));
        int start = doc.indexOf("```jshell");
        assertThat(start).isNotNegative();
        List<String> session = doc.subList(start + 1, doc.subList(start, doc.size()).indexOf("```") + start);
        List<String> imports = Files.readAllLines(Path.of("jshell", "startup.jsh")).stream()
                .filter(l -> l.startsWith("import ")).toList();
        int checked = 0;
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            shell.addToClasspath(System.getProperty("java.class.path"));
            for (String line : imports) {
                shell.eval(line);
            }
            shell.eval("import java.util.*;");
            for (int i = 0; i < session.size(); i++) {
                String line = session.get(i);
                if (!line.startsWith("jshell> ")) {
                    continue;
                }
                String code = line.substring("jshell> ".length());
                SnippetEvent event = shell.eval(code).get(0);
                assertThat(event.status()).as(code + ": " + shell.diagnostics(event.snippet())
                        .map(d -> d.getMessage(null)).toList()).isEqualTo(Snippet.Status.VALID);
                assertThat(event.exception()).as(code).isNull();
                if (i + 1 < session.size() && session.get(i + 1).startsWith("$")) {
                    String shown = session.get(i + 1).substring(session.get(i + 1).indexOf("==> ") + 4);
                    assertThat(event.value()).as(code).isEqualTo(shown);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(7);
    }
}

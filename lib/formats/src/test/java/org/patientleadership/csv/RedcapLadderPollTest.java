package org.patientleadership.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientleadership.ladder.ParticipationStep;

class RedcapLadderPollTest {

    private static final Path COMMITTED = Path.of("..", "..", "docs", "redcap", "ladder-poll-dictionary.csv");
    private static final String REGENERATE = "patientleadership.regenerate";

    @Test
    void test_committedDictionary_isCurrent() throws IOException {
        String current = RedcapLadderPoll.dictionary();
        if (Boolean.getBoolean(REGENERATE)) {
            Files.writeString(COMMITTED, current, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/redcap/ladder-poll-dictionary.csv is out of date; regenerate it with: ./mvnw -q -pl lib/formats -am "
                        + "test -Dtest=RedcapLadderPollTest -D" + REGENERATE + "=true")
                .isEqualTo(current);
    }

    @Test
    void test_dictionary_listsTheSixStepsTopDown() {
        Table table = Table.read(RedcapLadderPoll.dictionary().getBytes(StandardCharsets.UTF_8), CsvLimits.DEFAULT,
                "REDCap data dictionary");
        assertThat(table.header()).isEqualTo(RedcapExport.DICTIONARY_COLUMNS);
        List<String> step = table.rows().stream().filter(r -> r.cells().get(0).equals(RedcapLadderPoll.STEP))
                .findFirst().orElseThrow().cells();
        assertThat(step.get(1)).isEqualTo(RedcapLadderPoll.FORM);
        assertThat(step.get(3)).isEqualTo("radio");
        assertThat(step.get(5)).isEqualTo("6, In control | 5, Sharing decisions | 4, Influencing | 3, Asked | "
                + "2, Told | 1, Passive consumers");
        String guide = table.rows().get(3).cells().get(4);
        for (ParticipationStep s : ParticipationStep.values()) {
            assertThat(guide).contains(s.number() + " " + s.displayName() + ": " + s.description());
        }
        assertThat(table.rows()).extracting(r -> r.cells().get(0)).containsExactly(RedcapExport.RECORD_ID,
                RedcapLadderPoll.GROUP, RedcapLadderPoll.ACTIVITY, "poll_guide", RedcapLadderPoll.STEP);
    }
}

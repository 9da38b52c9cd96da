package org.patientleadership.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;
import org.patientleadership.InvalidInputException;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.formats.internal.JsonTrees;
import org.patientleadership.testing.BadInputCorpus;

/**
 * The streaming assessment reader accepts and refuses exactly what the tree reader does: on every document it
 * accepts, the tree reader gives an equal assessment; every document it refuses, {@link JsonFormat#read} reads
 * with the tree reader, so the value or the problems (messages and JSON Pointers) are the tree reader's. And it
 * is the path valid documents of the usual shape take.
 */
class AssessmentStreamProperties {

    /** The result of one reader: a value, or the problems it reported. */
    private record Outcome(Optional<Assessment> value, List<org.patientleadership.Problem> problems) {
    }

    private static Outcome tree(String json) {
        try {
            return new Outcome(Optional.of(JsonFormat.fromTree(JsonTrees.parse(json, "JSON assessment"),
                    Assessment.class)), List.of());
        } catch (InvalidInputException e) {
            return new Outcome(Optional.empty(), e.problems());
        }
    }

    private static Outcome library(String json) {
        try {
            return new Outcome(Optional.of(JsonFormat.read(json, Assessment.class)), List.of());
        } catch (InvalidInputException e) {
            return new Outcome(Optional.empty(), e.problems());
        }
    }

    private static Outcome library(byte[] json) {
        try {
            return new Outcome(Optional.of(JsonFormat.read(json, Assessment.class)), List.of());
        } catch (InvalidInputException e) {
            return new Outcome(Optional.empty(), e.problems());
        }
    }

    private static void agree(String json) {
        Outcome tree = tree(json);
        Optional<Assessment> streamed = AssessmentStreamReader.read(json);
        if (streamed.isPresent()) {
            assertThat(tree.value()).as("the tree reader accepts what the stream reader accepts").contains(
                    streamed.get());
        }
        assertThat(library(json)).isEqualTo(tree);
    }

    @Property(tries = 300)
    void validDocuments_areStreamed_andEqualTheTreeReader(@ForAll("assessments") Assessment a) {
        String json = JsonFormat.write(a);
        Optional<Assessment> streamed = AssessmentStreamReader.read(json);
        assertThat(streamed).as("a written document takes the streaming path").contains(a);
        assertThat(tree(json).value()).contains(a);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThat(library(bytes).value()).contains(a);
        if (json.chars().allMatch(c -> c < 0x80)) {
            assertThat(AssessmentStreamReader.read(bytes)).contains(a);
        }
    }

    @Property(tries = 1000)
    void mutatedDocuments_giveTheTreeReadersOutcome(@ForAll("assessments") Assessment a,
            @ForAll("mutations") List<int[]> mutations) {
        StringBuilder text = new StringBuilder(JsonFormat.write(a));
        String alphabet = "{}[]\":,0123456789-.eE truefalsnl\\u";
        String[] words = {"\"rating\": ", "\"notApplicable\": true", "\"notApplicable\": false", "null", "\"x\": 1,",
            "\"point\": \"point.1\",", "\"evidence\": \" \",", "1e0", "-0", "99999999999", "\"scale\": \"maturity\","};
        for (int[] m : mutations) {
            int at = Math.floorMod(m[0], text.length());
            switch (Math.floorMod(m[1], 4)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, alphabet.charAt(Math.floorMod(m[2], alphabet.length())));
                case 2 -> text.insert(at, words[Math.floorMod(m[2], words.length)]);
                default -> text.setCharAt(at, alphabet.charAt(Math.floorMod(m[2], alphabet.length())));
            }
            if (text.length() == 0) {
                text.append('x');
            }
        }
        agree(text.toString());
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(library(bytes)).isEqualTo(library(text.toString()));
    }

    @Test
    void test_badInputCorpus_givesTheTreeReadersProblems() {
        List<BadInputCorpus.Case> cases = BadInputCorpus.load("json-assessment");
        assertThat(cases).isNotEmpty();
        for (BadInputCorpus.Case c : cases) {
            assertThat(AssessmentStreamReader.read(c.bytes())).as(c.file()).isEmpty();
            Outcome tree;
            try {
                tree = tree(org.patientleadership.formats.internal.Inputs.decode(c.bytes(), JsonTrees.MAX_DOCUMENT_BYTES,
                        "JSON assessment"));
            } catch (InvalidInputException e) {
                tree = new Outcome(Optional.empty(), e.problems());
            }
            assertThat(library(c.bytes())).as(c.file()).isEqualTo(tree);
        }
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        return JsonProperties.assessments();
    }

    @Provide
    Arbitrary<List<int[]>> mutations() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofSize(3)
                .list().ofMinSize(1).ofMaxSize(4);
    }
}

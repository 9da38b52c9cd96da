package org.patientleadership.csv;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingScale;

/** Generators for the CSV properties: assessments whose texts are hard to write as CSV. */
final class Generated {

    private Generated() {
    }

    /** Texts with the characters CSV must quote or keep: commas, quotes, line breaks, tabs, accents, dashes. */
    static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars(' ', ',', '"', '\'', ';', '\n', '\r', '\t', '#', '=', 'é', '–', '€', '|')
                .ofMinLength(1).ofMaxLength(30).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Assessor roles: texts without the separator. */
    static Arbitrary<String> role() {
        return text().map(s -> s.replace(";", " ").strip()).filter(s -> !s.isEmpty());
    }

    /** An answer: a point, a rating on the maturity scale or not applicable, with or without evidence. */
    static Arbitrary<Answer> answer() {
        Arbitrary<OptionalInt> rating = Arbitraries.oneOf(Arbitraries.integers().between(0, 4).map(OptionalInt::of),
                Arbitraries.just(OptionalInt.empty()));
        return Combinators.combine(Arbitraries.integers().between(1, 40), rating, text().optional(0.3))
                .as(Answer::new);
    }

    /** Assessments on the maturity scale, with up to 40 answers. */
    static Arbitrary<Assessment> assessment() {
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 365 * 200)
                .map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
        Arbitrary<List<Answer>> answers = answer().list().ofMaxSize(40).uniqueElements(Answer::point);
        return Combinators.combine(text(), date, role().list().ofMaxSize(3), answers)
                .as((org, d, roles, a) -> new Assessment(org, d, roles, RatingScale.MATURITY, a));
    }

    /** Up to five assessments. */
    static Arbitrary<List<Assessment>> assessments() {
        return assessment().list().ofMaxSize(5);
    }
}

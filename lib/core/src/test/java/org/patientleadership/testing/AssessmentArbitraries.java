package org.patientleadership.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingScale;

/** Shared generators of assessments for property tests. */
public final class AssessmentArbitraries {

    private AssessmentArbitraries() {
    }

    /**
     * Generates assessments of one organisation on the maturity scale, answering some of the 40 points with a
     * rating 0–4 or not applicable.
     *
     * @param date  the date of every assessment
     * @param roles  the assessor roles of every assessment
     * @return the generator
     */
    public static Arbitrary<Assessment> assessments(LocalDate date, List<String> roles) {
        Arbitrary<Integer> answer = Arbitraries.integers().between(-1, 4);
        return Arbitraries.maps(Arbitraries.integers().between(1, 40), answer).ofMaxSize(40).map(m -> {
            List<Answer> answers = new ArrayList<>();
            m.forEach((p, r) -> answers.add(r < 0 ? Answer.notApplicable(p) : Answer.rated(p, r)));
            return new Assessment("Org", date, roles, RatingScale.MATURITY, answers);
        });
    }
}

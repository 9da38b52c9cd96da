package org.patientleadership.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Change;
import org.patientleadership.assessment.RatingLevel;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.checklist.Section;

/** Checks {@link RatingRound}: validation, the consensus rule, agreement, the perspective gap and its sentence. */
class RatingRoundTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    /** A round like the example: staff rate points 17, 18 and 23 two levels above the patient leader. */
    static RatingRound sample() {
        Assessment.Builder staff = Assessment.builder("Riverside Trust (fictional)", DAY);
        Assessment.Builder lead = Assessment.builder("Riverside Trust (fictional)", DAY);
        Assessment.Builder gov = Assessment.builder("Riverside Trust (fictional)", DAY.plusDays(2));
        for (int p = 1; p <= 40; p++) {
            int base = p % 5;
            boolean gap = p == 17 || p == 18 || p == 23;
            staff.rate(p, gap ? Math.min(4, base + 2) : base);
            lead.rate(p, gap ? Math.max(0, base - 1) : base);
            if (p == 40) {
                gov.notApplicable(p);
            } else {
                gov.rate(p, base);
            }
        }
        return RatingRound.of(new Rater("Director of nursing", Perspective.STAFF, staff.build()),
                new Rater("Patient leader", Perspective.PATIENT_LEADER, lead.build()),
                new Rater("Board member", Perspective.GOVERNOR, gov.build()));
    }

    @Test
    void test_gap_namesThePoints() {
        PerspectiveGap gap = sample().gap();
        assertThat(gap.firstHigher()).containsExactly(17, 18, 23);
        assertThat(gap.secondHigher()).isEmpty();
        assertThat(gap.summary()).isEqualTo("Staff rate the organisation higher than patient leaders on points 17, 18 "
                + "and 23 (by 1 level or more).");
        assertThat(gap.points().get(0).gap().getAsDouble()).isGreaterThanOrEqualTo(
                gap.points().get(3).gap().getAsDouble());
        assertThat(gap.sections().get(0).section()).isIn(Section.WORKING_WITH_OTHERS);
    }

    @Test
    void test_gap_missingPerspective_saysSo() {
        PerspectiveGap gap = sample().gap(Perspective.STAFF, Perspective.PARTNER);
        assertThat(gap.summary()).contains("no point was rated by both staff and partners");
        assertThat(gap.points()).allMatch(p -> p.gap().isEmpty());
    }

    @Test
    void test_consensus_medianRule() {
        Assessment c = sample().consensus();
        // 17: staff 4, lead 1, governor 2: median 2
        assertThat(c.answer(17).orElseThrow().rating().getAsInt()).isEqualTo(2);
        // 40: two ratings and one not applicable: the lower of the two middle ratings
        assertThat(c.answer(40).orElseThrow().isNotApplicable()).isFalse();
        assertThat(c.date()).isEqualTo(DAY.plusDays(2));
    }

    @Test
    void test_consensus_notApplicableWhenMostSaySo() {
        Assessment a = Assessment.builder("Org", DAY).notApplicable(3).rate(4, 1).build();
        Assessment b = Assessment.builder("Org", DAY).notApplicable(3).rate(4, 3).build();
        Assessment c = Assessment.builder("Org", DAY).rate(3, 2).notApplicable(4).build();
        Assessment consensus = RatingRound.of(new Rater("a", Perspective.STAFF, a),
                new Rater("b", Perspective.STAFF, b), new Rater("c", Perspective.PARTNER, c)).consensus();
        assertThat(consensus.answer(3).orElseThrow().isNotApplicable()).isTrue();
        assertThat(consensus.answer(4).orElseThrow().rating().getAsInt()).isEqualTo(1);
        assertThat(consensus.answer(5)).isEmpty();
    }

    @Test
    void test_agreement_threeRaters() {
        RoundAgreement a = sample().agreement();
        assertThat(a.raters()).isEqualTo(3);
        assertThat(a.kappa()).isEmpty();
        assertThat(a.ordinalAlpha().value().getAsDouble()).isBetween(0.5, 1.0);
        assertThat(a.icc().units()).isEqualTo(39);
        assertThat(a.summary()).startsWith("The 3 raters agree");
        assertThat(a.notes()).anyMatch(n -> n.contains("Cohen's kappa compares two raters"));
    }

    @Test
    void test_of_differentScales_typedError() {
        RatingScale other = new RatingScale("yes-no", "Yes or no", List.of(new RatingLevel(0, "no", "no", "Not done."),
                new RatingLevel(1, "yes", "yes", "Done.")));
        Assessment a = Assessment.builder("Org", DAY).rate(1, 2).build();
        Assessment b = Assessment.builder("Org", DAY).scale(other).rate(1, 1).build();
        assertThatThrownBy(() -> RatingRound.of(new Rater("a", Perspective.STAFF, a),
                new Rater("b", Perspective.STAFF, b))).isInstanceOf(AnalysisException.class)
                .hasMessageContaining("one scale");
    }

    @Test
    void test_of_badRaters_typedErrors() {
        Assessment a = Assessment.builder("Org", DAY).rate(1, 2).build();
        Assessment elsewhere = Assessment.builder("Other org", DAY).rate(1, 2).build();
        assertThatThrownBy(RatingRound::of).isInstanceOf(AnalysisException.class);
        assertThatThrownBy(() -> RatingRound.of(new Rater("a", Perspective.STAFF, a),
                new Rater("a", Perspective.PARTNER, a))).isInstanceOf(AnalysisException.class)
                .hasMessageContaining("named twice");
        assertThatThrownBy(() -> RatingRound.of(new Rater("a", Perspective.STAFF, a),
                new Rater("b", Perspective.PARTNER, elsewhere))).isInstanceOf(AnalysisException.class)
                .hasMessageContaining("one organisation");
    }

    @Test
    void test_reliableChange_jacobsonTruax() {
        ReliableChange.Basis basis = ReliableChange.Basis.of(0.8, 15, "given");
        ReliableChange rc = basis.change(40, 52.5);
        // S_diff = sqrt(2) * 15 * sqrt(1 - 0.8)
        assertThat(rc.standardError()).isCloseTo(Math.sqrt(2 * 225 * 0.2), within(1e-12));
        assertThat(rc.index()).isCloseTo(12.5 / Math.sqrt(90), within(1e-12));
        assertThat(rc.isReliable()).isFalse();
        assertThat(rc.summary()).contains("+12.5 points is within measurement error");
        assertThat(basis.change(40, 80).isReliable()).isTrue();
        assertThat(basis.change(80, 40).isReliable()).isTrue();
    }

    @Test
    void test_reliableChange_badBasis_typedError() {
        assertThatThrownBy(() -> ReliableChange.Basis.of(1, 15, "given")).isInstanceOf(AnalysisException.class);
        assertThatThrownBy(() -> ReliableChange.Basis.of(-0.2, 15, "given")).isInstanceOf(AnalysisException.class)
                .hasMessageContaining("negative alpha");
        assertThatThrownBy(() -> ReliableChange.Basis.of(0.7, 0, "given")).isInstanceOf(AnalysisException.class);
    }

    @Test
    void test_reliableChange_fromCohortAndChange() {
        List<Assessment> cohort = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Assessment.Builder b = Assessment.builder("Riverside Trust (fictional)", DAY);
            for (int p = 1; p <= 40; p++) {
                b.rate(p, Math.min(4, i / 3 + (p % 3 == i % 3 ? 1 : 0)));
            }
            cohort.add(b.build());
        }
        Optional<ReliableChange.Basis> basis = ReliableChange.Basis.fromCohort(cohort, Section.PREPARING_THE_GROUND);
        assertThat(basis).isPresent();
        assertThat(basis.get().source()).contains("cohort of 10 assessments");
        Assessment before = cohort.get(1);
        Assessment after = cohort.get(0).withAnswer(org.patientleadership.assessment.Answer.rated(25, 4));
        Change change = Change.between(before, after);
        ReliableChange rc = basis.get().change(change, Section.PREPARING_THE_GROUND).orElseThrow();
        assertThat(rc.difference()).isCloseTo(change.sections().get(Section.PREPARING_THE_GROUND).getAsDouble(),
                within(1e-9));
    }
}

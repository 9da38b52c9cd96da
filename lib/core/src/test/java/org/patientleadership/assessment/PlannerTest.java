package org.patientleadership.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlannerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

    private static Assessment.Builder trust(LocalDate date) {
        return Assessment.builder("Trust", date);
    }

    @Test
    void test_prerequisiteComesFirst_evenWhenItScoresLower() {
        // 33 (recruit) rests on 25 (map it out); 33 scores higher but must wait.
        Assessment a = trust(DAY).rate(25, 2, "Mapping begun").rate(33, 0).rate(12, 4).build();
        Plan plan = Planner.plan(a);
        assertThat(plan.item(25).orElseThrow().horizon()).isEqualTo(Horizon.NOW);
        PlanItem recruit = plan.item(33).orElseThrow();
        assertThat(recruit.horizon()).isEqualTo(Horizon.NEXT);
        assertThat(recruit.after()).containsExactly(25);
        assertThat(recruit.reasons()).contains("It comes after Map it out (point 25), which it rests on.");
    }

    @Test
    void test_replacingThePolicy_asDocsRecommendationsShows() {
        // The snippet of docs/recommendations.md, "Replacing the policy".
        Assessment thisYear = trust(DAY).rate(33, 1, "Recruitment plan").rate(40, 0).rate(3, 2).build();
        RecommendationPolicy mine = RecommendationPolicy.standard()
                .withWeight(PriorityFactor.NO_EVIDENCE, 0.5)
                .withWeight(PriorityFactor.SECTION_WEAKNESS, 0)
                .withLevels(1.2, 0.7);
        List<Prerequisite> rows = new java.util.ArrayList<>(mine.prerequisites());
        rows.add(Prerequisite.of(40, 33, "points 33 and 40", "We keep a network going once we have recruited."));
        mine = mine.withPrerequisites(rows);
        Plan standard = Planner.plan(thisYear);
        Plan plan = Planner.plan(PlanRequest.of(thisYear).withPolicy(mine));
        // 40 (not started, no evidence) outranks 33 under the standard policy; with the new row it waits for 33.
        assertThat(standard.item(40).orElseThrow().position()).isLessThan(standard.item(33).orElseThrow().position());
        assertThat(plan.item(40).orElseThrow().after()).containsExactly(33);
        assertThat(plan.item(40).orElseThrow().position()).isGreaterThan(plan.item(33).orElseThrow().position());
        // 33 now has a point resting on it: 0.75 gap + 1 × 0.25 = 1.0, below the new HIGH threshold of 1.2.
        PriorityScore recruit = plan.item(33).orElseThrow().priority();
        assertThat(recruit.total()).isEqualTo(1.0);
        assertThat(recruit.level()).isEqualTo(Priority.MEDIUM);
        // 40: gap 1 + no evidence 1 × 0.5 = 1.5, HIGH.
        assertThat(plan.item(40).orElseThrow().priority().total()).isEqualTo(1.5);
        List<Recommendation> top = Recommender.recommend(thisYear, Scoring.score(thisYear), mine, 5);
        // 3: gap 0.5 + no evidence 0.5 = 1.0 ties with 33, and the earlier section goes first.
        assertThat(top).extracting(r -> r.point().number()).containsExactly(40, 3, 33);
    }

    @Test
    void test_sectionCap_inTheFirstHorizon() {
        Assessment a = trust(DAY).rate(26, 0).rate(29, 0).rate(30, 0).rate(31, 0).rate(3, 2).build();
        Plan plan = Planner.plan(a);
        assertThat(plan.horizon(Horizon.NOW)).extracting(i -> i.point().number()).containsExactly(26, 29, 3);
        assertThat(plan.horizon(Horizon.NEXT)).extracting(i -> i.point().number()).containsExactly(30, 31);
        Plan oneSection = Planner.plan(trust(DAY).rate(26, 0).rate(29, 0).rate(30, 0).build());
        assertThat(oneSection.horizon(Horizon.NOW)).hasSize(3);
        Plan capThree = Planner.plan(PlanRequest.of(a).withShape(5, 5, 3));
        assertThat(capThree.horizon(Horizon.NOW)).extracting(i -> i.point().number()).containsExactly(26, 29, 30, 3);
    }

    @Test
    void test_itemInPlainWords() {
        Assessment a = trust(DAY).rate(26, 1).build();
        PlanItem item = Planner.plan(a).items().get(0);
        assertThat(item.ratingText()).isEqualTo("rated 1 (planned) out of 4");
        assertThat(item.aimText()).isEqualTo("aim for 2 (in progress)");
        assertThat(item.actions()).isEqualTo(item.point().actions()).isNotEmpty();
        assertThat(item.reasons()).contains("It is 3 levels below the top of the scale.",
                "No evidence was noted for its rating: check the rating.");
        assertThat(item.priority().explain()).isEqualTo("gap to the top rating: 0.75 × 1 + rated without evidence: "
                + "1 × 0.1 = 0.85");
        assertThat(item.priority().level()).isEqualTo(Priority.MEDIUM);
        assertThat(item.cells()).hasSameSizeAs(PlanItem.HEADINGS).contains("Rebadge and reframe", "Now", "MEDIUM", "0.85");
    }

    @Test
    void test_fellBack_raisesThePriority_andTheAim() {
        Assessment before = trust(DAY.minusYears(1)).rate(15, 3).rate(20, 1).build();
        Assessment now = trust(DAY).rate(15, 1).rate(20, 1).build();
        Plan plan = Planner.plan(PlanRequest.of(now).withEarlier(before));
        PlanItem fell = plan.item(15).orElseThrow();
        assertThat(fell.position()).isEqualTo(1);
        assertThat(fell.priority().value(PriorityFactor.FELL_BACK)).isEqualTo(0.5);
        assertThat(fell.reasons()).contains("It fell back from 3 (established) to 1 (planned) since the assessment "
                + "of " + before.date() + ".");
        assertThat(fell.aim()).isEqualTo(3);
        assertThat(fell.priority().explain()).contains("fell back from 3 to 1: 0.5 × 1");
        assertThat(plan.earlierDate()).contains(before.date());
        assertThat(plan.toText()).contains("(compared with " + before.date() + ")");
    }

    @Test
    void test_skipAndFocus() {
        Assessment a = trust(DAY).rate(12, 1).rate(15, 1).rate(32, 0).rate(40, 2).build();
        Plan plan = Planner.plan(PlanRequest.of(a).withSkip(32, 12).withFocus(40));
        assertThat(plan.item(32)).isEmpty();
        assertThat(plan.item(12)).isEmpty();
        assertThat(plan.skipped()).containsExactly(12, 32);
        assertThat(plan.item(15).orElseThrow().reasons())
                .contains("It rests on Get strategic (point 12), which is skipped this year.");
        assertThat(plan.item(40).orElseThrow().reasons()).contains("You chose it as a focus this year.");
        assertThat(plan.item(40).orElseThrow().priority().value(PriorityFactor.FOCUS)).isEqualTo(1);
        assertThat(plan.toText()).contains("Skipped this year, so never planned: Get strategic (point 12); "
                + "The future is digital (point 32).");
    }

    @Test
    void test_unratedPrerequisite_isNamed() {
        Plan plan = Planner.plan(trust(DAY).rate(39, 1).build());
        assertThat(plan.item(39).orElseThrow().reasons())
                .anyMatch(r -> r.contains("(point 34), which is not rated yet"));
    }

    @Test
    void test_replacingThePolicy_changesThePlan() {
        Assessment a = trust(DAY).rate(25, 2, "Begun").rate(33, 0).build();
        RecommendationPolicy none = RecommendationPolicy.standard().withPrerequisites(List.of());
        Plan plan = Planner.plan(PlanRequest.of(a).withPolicy(none));
        assertThat(plan.item(33).orElseThrow().horizon()).isEqualTo(Horizon.NOW);
        assertThat(plan.items().get(0).point().number()).isEqualTo(33);
        RecommendationPolicy gapOnly = none.withWeight(PriorityFactor.NO_EVIDENCE, 0)
                .withWeight(PriorityFactor.SECTION_WEAKNESS, 0);
        assertThat(Planner.plan(PlanRequest.of(a).withPolicy(gapOnly)).item(33).orElseThrow().priority().total())
                .isEqualTo(1.0);
    }

    @Test
    void test_typicalAssessment_hasMoreThanOneLevel() {
        Assessment a = trust(DAY).rate(1, 0).rate(2, 1).rate(3, 2).rate(4, 3).rate(9, 2).rate(10, 3).build();
        assertThat(Planner.plan(a).levels()).hasSizeGreaterThan(1);
    }

    @Test
    void test_badRequests() {
        Assessment a = trust(DAY).rate(1, 1).build();
        Assessment later = trust(DAY.plusDays(1)).rate(1, 2).build();
        assertThatThrownBy(() -> PlanRequest.of(a).withEarlier(later)).isInstanceOf(PlanningException.class)
                .hasMessage("The earlier assessment (2026-04-01) is dated after the later one (2026-03-31)")
                .extracting(e -> ((PlanningException) e).element()).isEqualTo("earlier assessment");
        assertThatThrownBy(() -> PlanRequest.of(a).withEarlier(Assessment.builder("Other", DAY).build()))
                .isInstanceOf(PlanningException.class).hasMessageContaining("'Other'");
        assertThatThrownBy(() -> PlanRequest.of(a).withFocus(41)).isInstanceOf(PlanningException.class)
                .hasMessage("Unknown focus point 41; allowed: 1 to 40")
                .extracting(e -> ((PlanningException) e).element()).isEqualTo("focus point 41");
        assertThatThrownBy(() -> PlanRequest.of(a).withSkip(0)).isInstanceOf(PlanningException.class)
                .hasMessageContaining("skip point 0");
        assertThatThrownBy(() -> PlanRequest.of(a).withFocus(3).withSkip(3)).isInstanceOf(PlanningException.class)
                .hasMessageContaining("both a focus and skipped");
        assertThatThrownBy(() -> PlanRequest.of(a).withShape(0, 5, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number of steps now");
    }

    @Test
    void test_emptyPlan() {
        Plan plan = Planner.plan(trust(DAY).rate(1, 4).notApplicable(2).build());
        assertThat(plan.items()).isEmpty();
        assertThat(plan.toText()).contains("Now: nothing planned");
    }
}

package org.patientleadership.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.AssessmentResult;
import org.patientleadership.assessment.Band;
import org.patientleadership.assessment.BandScheme;
import org.patientleadership.assessment.Plan;
import org.patientleadership.assessment.PlanRequest;
import org.patientleadership.assessment.Planner;
import org.patientleadership.assessment.RatingLevel;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.assessment.ScoringOptions;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.ladder.Rung;
import org.patientleadership.placement.Activity;
import org.patientleadership.placement.Initiator;
import org.patientleadership.placement.PlacementRules;
import org.patientleadership.placement.Placements;
import org.patientleadership.placement.Placer;
import org.patientleadership.placement.PowerSharing;
import org.patientleadership.placement.Restriction;
import org.patientleadership.placement.Rule;
import org.patientleadership.profile.Profile;
import org.patientleadership.profile.ProfileAnswers;
import org.patientleadership.profile.ProfileRules;
import org.patientleadership.profile.Profiler;
import org.patientleadership.testing.ProfileArbitraries;

/**
 * Laws of the JSON documents over generated values of each type: every document {@link JsonFormat} writes
 * validates against its JSON Schema in {@code docs/schema/}, and reads back, from text and from UTF-8 bytes, as
 * an equal value.
 */
class JsonSchemaProperties {

    // ------------------------------------------------------------------ texts, dates, ids

    /** Non-blank texts, including white space at the ends, non-Latin letters, symbols and control characters. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> plain = Arbitraries.strings().alpha().numeric().withChars(' ', '-', '.', '\'')
                .ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> any = Arbitraries.strings().withCharRange('\u0000', '\ud7ff')
                .withCharRange('\ue000', '\ufffd').withChars('\u00a0', '\u2003', '\u3000', '\t', '\n', '"', '\\')
                .ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> emoji = Arbitraries.of("\ud83d\ude00", "\ud83c\udfe5", "\ud834\udd1e").list()
                .ofMinSize(1).ofMaxSize(3).map(l -> String.join(" ", l));
        return Arbitraries.frequencyOf(
                Tuple.of(5, plain), Tuple.of(4, any), Tuple.of(1, emoji)).filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        Arbitrary<LocalDate> any = Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> recent = Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(),
                LocalDate.of(2100, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
        return Arbitraries.frequencyOf(Tuple.of(1, any), Tuple.of(3, recent));
    }

    /** Ids of the form the library accepts for scales, levels and bands. */
    @Provide
    Arbitrary<String> ids() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1)
                .ofMaxLength(6);
        Arbitrary<String> part = word.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("-", l));
        return part.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(".", l));
    }

    // ------------------------------------------------------------------ assessments and results

    @Provide
    Arbitrary<RatingScale> scales() {
        Arbitrary<Integer> value = Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.integers().between(-10, 10));
        Arbitrary<RatingScale> custom = Combinators.combine(ids(), texts(),
                value.set().ofMinSize(2).ofMaxSize(6), texts().list().ofSize(6), texts().list().ofSize(6))
                .as((id, name, values, labels, descriptions) -> {
                    List<RatingLevel> levels = new ArrayList<>();
                    int i = 0;
                    for (int v : new TreeSet<>(values)) {
                        levels.add(new RatingLevel(v, "level-" + i, labels.get(i), descriptions.get(i)));
                        i++;
                    }
                    return new RatingScale(id, name, levels);
                });
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(RatingScale.MATURITY)), Tuple.of(1, custom));
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        return scales().flatMap(scale -> {
            // For each point answered: a level index, or -1 for not applicable; and maybe a note of evidence.
            Arbitrary<Integer> level = Arbitraries.integers().between(-1, scale.levels().size() - 1);
            Arbitrary<Optional<String>> evidence = texts().optional(0.3);
            Arbitrary<List<Answer>> answers = Arbitraries.maps(Arbitraries.integers().between(1, ChecklistPoint.COUNT),
                    Combinators.combine(level, evidence).as((l, e) -> Map.entry(l, e))).ofMaxSize(ChecklistPoint.COUNT)
                    .map(m -> {
                        List<Answer> list = new ArrayList<>();
                        m.forEach((point, a) -> list.add(new Answer(point, a.getKey() < 0 ? OptionalInt.empty()
                                : OptionalInt.of(scale.levels().get(a.getKey()).value()), a.getValue())));
                        return list;
                    });
            return Combinators.combine(texts(), dates(), texts().list().ofMaxSize(4), answers)
                    .as((organisation, date, roles, list) -> new Assessment(organisation, date, roles, scale, list));
        });
    }

    @Provide
    Arbitrary<BandScheme> bandSchemes() {
        Arbitrary<BandScheme> custom = Combinators.combine(ids(), texts(),
                Arbitraries.doubles().between(0, 100).ofScale(4).set().ofMaxSize(5), texts().list().ofSize(6))
                .as((id, name, bounds, names) -> {
                    TreeSet<Double> sorted = new TreeSet<>(bounds);
                    sorted.add(0.0);
                    List<Band> bands = new ArrayList<>();
                    int i = 0;
                    for (double bound : sorted) {
                        bands.add(new Band("band-" + i, names.get(i), bound));
                        i++;
                    }
                    return new BandScheme(id, name, "Generated for a test", bands);
                });
        return Arbitraries.oneOf(Arbitraries.just(BandScheme.STANDARD), custom);
    }

    @Provide
    Arbitrary<ScoringOptions> scoringOptions() {
        Arbitrary<Double> weight = Arbitraries.oneOf(Arbitraries.doubles().between(0.001, 1000).ofScale(6),
                Arbitraries.of(ScoringOptions.MIN_WEIGHT, 1.0, 2.0, ScoringOptions.MAX_WEIGHT));
        Arbitrary<ScoringOptions> custom = Combinators.combine(Arbitraries.doubles().between(0, 1).ofScale(4),
                Arbitraries.maps(Arbitraries.integers().between(1, ChecklistPoint.COUNT), weight).ofMaxSize(10),
                Arbitraries.maps(Arbitraries.of(Section.class), weight).ofMaxSize(3), bandSchemes())
                .as(ScoringOptions::new);
        return Arbitraries.oneOf(Arbitraries.just(ScoringOptions.DEFAULT), custom);
    }

    @Provide
    Arbitrary<AssessmentResult> results() {
        return Combinators.combine(assessments(), scoringOptions(), Arbitraries.integers().between(0, 45))
                .as(AssessmentResult::of);
    }

    // ------------------------------------------------------------------ activities and placements

    @Provide
    Arbitrary<Activity> activities() {
        return Combinators.combine(texts(), Arbitraries.of(EngagementLevel.class), Arbitraries.of(Initiator.class),
                Arbitraries.subsetOf(PowerSharing.values()), Arbitraries.subsetOf(Restriction.values()))
                .as(Activity::new);
    }

    /** The standard rules, or the standard rules with extra rows (which can change placements and next steps). */
    @Provide
    Arbitrary<PlacementRules> placementRules() {
        Arbitrary<Rule<?>> row = Combinators.combine(Arbitraries.of(Ladder.all()), Arbitraries.integers().between(0, 7),
                Arbitraries.subsetOf(PowerSharing.values()), Arbitraries.of(Initiator.class),
                Arbitraries.subsetOf(Restriction.values()), texts())
                .as(JsonSchemaProperties::row);
        Arbitrary<PlacementRules> extended = row.list().ofMaxSize(8).map(rows -> {
            List<Rule<?>> all = new ArrayList<>(PlacementRules.standard().rules());
            for (Rule<?> r : rows) {
                if (all.stream().noneMatch(x -> x.ladder() == r.ladder() && x.rung() == r.rung()
                        && x.requires().equals(r.requires()) && x.minimumInitiator() == r.minimumInitiator()
                        && x.blockedBy().equals(r.blockedBy()))) {
                    all.add(r);
                }
            }
            return PlacementRules.of(all);
        });
        return Arbitraries.oneOf(Arbitraries.just(PlacementRules.standard()), extended);
    }

    private static Rule<?> row(Ladder<?> ladder, int rung, Set<PowerSharing> requires, Initiator initiator,
            Set<Restriction> blockedBy, String rationale) {
        return typedRow(ladder, rung, requires, initiator, blockedBy, rationale);
    }

    private static <R extends Enum<R> & Rung<R>> Rule<R> typedRow(Ladder<R> ladder, int rung,
            Set<PowerSharing> requires, Initiator initiator, Set<Restriction> blockedBy, String rationale) {
        return new Rule<>(ladder, ladder.rungs().get(rung % ladder.rungs().size()), requires, initiator, blockedBy,
                rationale);
    }

    @Provide
    Arbitrary<Placements> placements() {
        return Combinators.combine(activities(), placementRules()).as(Placer::place);
    }

    // ------------------------------------------------------------------ profiles

    @Provide
    Arbitrary<ProfileAnswers> profileAnswers() {
        return ProfileArbitraries.answers(texts());
    }

    @Provide
    Arbitrary<ProfileRules> profileRules() {
        return ProfileArbitraries.rules();
    }

    @Provide
    Arbitrary<Profile> profiles() {
        return Combinators.combine(profileAnswers(), profileRules()).as(Profiler::profile);
    }

    // ------------------------------------------------------------------ laws

    private static void validatesAndReadsBack(Object value) {
        String json = JsonFormat.write(value);
        assertThat(JsonSchemas.validate(value.getClass(), json)).as(json).isEmpty();
        assertThat(JsonFormat.read(json, value.getClass())).as(json).isEqualTo(value);
        assertThat(JsonFormat.read(json.getBytes(StandardCharsets.UTF_8), value.getClass())).isEqualTo(value);
    }

    @Property(tries = 300)
    void everyAssessment_validates_andReadsBack(@ForAll("assessments") Assessment assessment) {
        validatesAndReadsBack(assessment);
    }

    @Property(tries = 300)
    void everyResult_validates_andReadsBack(@ForAll("results") AssessmentResult result) {
        validatesAndReadsBack(result);
    }

    @Property(tries = 300)
    void everyActivity_validates_andReadsBack(@ForAll("activities") Activity activity) {
        validatesAndReadsBack(activity);
    }

    @Property(tries = 300)
    void everyPlacements_validates_andReadsBack(@ForAll("placements") Placements placements) {
        validatesAndReadsBack(placements);
    }

    /** Plans from generated assessments, some compared with an earlier one where every point was at the top. */
    @Provide
    Arbitrary<Plan> plans() {
        Arbitrary<java.util.Set<Integer>> points = Arbitraries.integers().between(1, 40).set().ofMaxSize(4);
        return net.jqwik.api.Combinators.combine(assessments(), Arbitraries.of(true, false), points, points)
                .as((a, compare, focus, skip) -> {
                    PlanRequest r = PlanRequest.of(a).withFocus(focus.stream().mapToInt(Integer::intValue).toArray())
                            .withSkip(skip.stream().filter(p -> !focus.contains(p)).mapToInt(Integer::intValue)
                                    .toArray());
                    if (compare) {
                        r = r.withEarlier(new Assessment(a.organisation(), a.date(), List.of(),
                                a.scale(), a.answers().stream().map(x -> x.isNotApplicable() ? x
                                        : org.patientleadership.assessment.Answer.rated(x.point(), a.scale().max()))
                                        .toList()));
                    }
                    return Planner.plan(r);
                });
    }

    @Property(tries = 300)
    void everyPlan_validates_andReadsBack(@ForAll("plans") Plan plan) {
        validatesAndReadsBack(plan);
    }

    @Property(tries = 300)
    void everyProfileAnswers_validates_andReadsBack(@ForAll("profileAnswers") ProfileAnswers answers) {
        validatesAndReadsBack(answers);
    }

    @Property(tries = 300)
    void everyProfile_validates_andReadsBack(@ForAll("profiles") Profile profile) {
        validatesAndReadsBack(profile);
    }
}

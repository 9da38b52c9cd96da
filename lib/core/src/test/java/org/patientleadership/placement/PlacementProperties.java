package org.patientleadership.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.ladder.Rung;

/** Laws of placement: monotone, deterministic, next steps one rung up and reachable, safe on many threads. */
class PlacementProperties {

    private static final int THREADS = 8;

    @Provide
    Arbitrary<Activity> activities() {
        return Combinators.combine(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                Arbitraries.of(EngagementLevel.class),
                Arbitraries.of(Initiator.class),
                Arbitraries.subsetOf(PowerSharing.values()),
                Arbitraries.subsetOf(Restriction.values()))
                .as(Activity::new);
    }

    @Provide
    Arbitrary<PlacementRules> tables() {
        Arbitrary<Rule<?>> extra = Combinators.combine(
                Arbitraries.of(Ladder.all()),
                Arbitraries.integers().between(0, 7),
                Arbitraries.subsetOf(PowerSharing.values()),
                Arbitraries.of(Initiator.class),
                Arbitraries.subsetOf(Restriction.values()))
                .as(PlacementProperties::row);
        Arbitrary<PlacementRules> custom = extra.list().ofMaxSize(12).map(rows -> {
            List<Rule<?>> all = new ArrayList<>(PlacementRules.standard().rules());
            for (Rule<?> row : rows) {
                if (all.stream().noneMatch(r -> r.toString().equals(row.toString()))) {
                    all.add(row);
                }
            }
            return PlacementRules.of(all);
        });
        return Arbitraries.oneOf(Arbitraries.just(PlacementRules.standard()), custom);
    }

    private static Rule<?> row(Ladder<?> ladder, int rung, Set<PowerSharing> requires, Initiator initiator,
            Set<Restriction> blockedBy) {
        return typedRow(ladder, rung, requires, initiator, blockedBy);
    }

    private static <R extends Enum<R> & Rung<R>> Rule<R> typedRow(Ladder<R> ladder, int rung,
            Set<PowerSharing> requires, Initiator initiator, Set<Restriction> blockedBy) {
        R chosen = ladder.rungs().get(rung % ladder.rungs().size());
        return new Rule<>(ladder, chosen, requires, initiator, blockedBy, "A generated row.");
    }

    @Property
    void addingAFeature_neverLowersAnyRung(@ForAll("activities") Activity activity,
            @ForAll PowerSharing feature, @ForAll("tables") PlacementRules rules) {
        assertNotLower(Placer.place(activity, rules), Placer.place(activity.plus(feature), rules));
    }

    @Property
    void startingMoreJointly_neverLowersAnyRung(@ForAll("activities") Activity activity,
            @ForAll Initiator initiator, @ForAll("tables") PlacementRules rules) {
        Activity moreJoint = initiator.isAtLeast(activity.initiatedBy()) ? activity.withInitiatedBy(initiator)
                : activity;
        assertNotLower(Placer.place(activity, rules), Placer.place(moreJoint, rules));
    }

    @Property
    void addingARestriction_neverRaisesAnyRung(@ForAll("activities") Activity activity,
            @ForAll Restriction restriction, @ForAll("tables") PlacementRules rules) {
        assertNotLower(Placer.place(activity.plus(restriction), rules), Placer.place(activity, rules));
    }

    @Property
    void standardRules_restrictionsOnlyMoveFromTheSecondRungToTheFirst(@ForAll("activities") Activity activity) {
        List<Integer> with = rungs(Placer.place(activity));
        List<Integer> without = rungs(Placer.place(activity.withRestrictions(Set.of())));
        for (int i = 0; i < with.size(); i++) {
            if (!with.get(i).equals(without.get(i))) {
                assertThat(List.of(without.get(i), with.get(i))).as(activity.toString()).containsExactly(2, 1);
            }
        }
        if (activity.has(PowerSharing.PATIENTS_INFORMED) || activity.has(PowerSharing.PATIENTS_ASKED)) {
            assertThat(with).isEqualTo(without);
        }
    }

    private static void assertNotLower(Placements before, Placements after) {
        List<Integer> low = rungs(before);
        List<Integer> high = rungs(after);
        for (int i = 0; i < low.size(); i++) {
            assertThat(high.get(i)).as("%s, then %s", before, after).isGreaterThanOrEqualTo(low.get(i));
        }
    }

    private static List<Integer> rungs(Placements p) {
        return p.all().stream().map(each -> each.rung().number()).toList();
    }

    @Property
    void placing_isDeterministic(@ForAll("activities") Activity activity, @ForAll("tables") PlacementRules rules) {
        Activity copy = new Activity(activity.name(), activity.level(), activity.initiatedBy(),
                Set.copyOf(activity.sharing()), Set.copyOf(activity.restrictions()));
        Placements first = Placer.place(activity, rules);
        assertThat(Placer.place(activity, rules)).isEqualTo(first);
        assertThat(Placer.place(copy, rules)).isEqualTo(first);
        assertThat(Placer.place(copy, rules).toString()).isEqualTo(first.toString());
    }

    @Property
    void nextStep_isExactlyOneRungUp_andTheChangeReachesIt(@ForAll("activities") Activity activity,
            @ForAll("tables") PlacementRules rules) {
        for (Placement<?> placement : Placer.place(activity, rules).all()) {
            assertNextStep(activity, rules, placement);
        }
    }

    private static <R extends Enum<R> & Rung<R>> void assertNextStep(Activity activity, PlacementRules rules,
            Placement<R> placement) {
        assertThat(placement.nextStep().isPresent()).isEqualTo(placement.rung().next().isPresent());
        placement.nextStep().ifPresent(step -> {
            assertThat(step.rung().number()).isEqualTo(placement.rung().number() + 1);
            assertThat(Collections.disjoint(step.featuresToAdd(), activity.sharing())).isTrue();
            assertThat(activity.restrictions()).containsAll(step.restrictionsToDrop());
            Activity changed = step.applyTo(activity);
            R reached = Placer.place(changed, rules, placement.ladder()).rung();
            assertThat(reached.number()).as("%s then %s", activity, step).isGreaterThanOrEqualTo(step.rung().number());
            assertThat(rules.row(step.row()).rung()).isEqualTo(step.rung());
        });
    }

    @Property
    void reasons_areNeverEmpty_andNameTheirAnswers(@ForAll("activities") Activity activity,
            @ForAll("tables") PlacementRules rules) {
        for (Placement<?> placement : Placer.place(activity, rules).all()) {
            assertThat(placement.reasons()).isNotEmpty();
            for (Reason reason : placement.reasons()) {
                assertThat(activity.sharing()).containsAll(reason.features());
                assertThat(activity.restrictions()).containsAll(reason.restrictions());
                reason.features().forEach(f -> assertThat(reason.text()).contains(f.displayName()));
                reason.restrictions().forEach(r -> assertThat(reason.text()).contains(r.displayName()));
            }
        }
    }

    @Property(tries = 50)
    void placing_onEightThreadsAtOnce_givesEqualResults(@ForAll("activities") Activity activity,
            @ForAll("tables") PlacementRules rules) throws Exception {
        Placements expected = Placer.place(activity, rules);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            Callable<Placements> task = () -> {
                start.await();
                return Placer.place(activity, rules);
            };
            List<Future<Placements>> results = pool.invokeAll(Collections.nCopies(THREADS, task));
            for (Future<Placements> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}

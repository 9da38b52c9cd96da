package org.patientleadership.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.patientleadership.Source;
import org.patientleadership.ladder.ArnsteinRung;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.ladder.Rung;

/**
 * Laws of the cross-walk, on the standard one and on generated ones: monotone (a higher rung never maps lower,
 * between any two ladders), total (every rung maps somewhere on every ladder) and a lossless JSON round trip;
 * and of placement with it: more power shared never places lower on any ladder, the IAP2 spectrum and the
 * patient-led marker included.
 */
class CrossWalkProperties {

    private static final int ROWS = Ladder.ARNSTEIN.rungs().size();

    /** Generates a random monotone, gap-free, covering range of rungs of one ladder for each of the 8 rows. */
    private static Arbitrary<List<List<Rung<?>>>> column(Ladder<?> ladder) {
        int size = ladder.rungs().size();
        return Arbitraries.integers().between(0, 2).list().ofSize(2 * ROWS).map(steps -> {
            List<List<Rung<?>>> column = new ArrayList<>();
            int low = 1;
            int high = 1;
            for (int row = 0; row < ROWS; row++) {
                if (row > 0) {
                    low = Math.min(size, Math.min(high + 1, low + steps.get(2 * row)));
                    high = Math.max(low, high);
                }
                high = Math.min(size, Math.max(low, high + steps.get(2 * row + 1)));
                if (row == ROWS - 1) {
                    high = size;
                    low = Math.min(low, high);
                }
                List<Rung<?>> range = new ArrayList<>();
                for (int n = low; n <= high; n++) {
                    range.add(ladder.rung(n));
                }
                column.add(range);
            }
            return column;
        }).filter(CrossWalkProperties::covers);
    }

    private static boolean covers(List<List<Rung<?>>> column) {
        for (int row = 1; row < column.size(); row++) {
            List<Rung<?>> before = column.get(row - 1);
            List<Rung<?>> now = column.get(row);
            if (now.get(0).number() > before.get(before.size() - 1).number() + 1) {
                return false;
            }
        }
        return true;
    }

    @Provide
    Arbitrary<CrossWalk> crossWalks() {
        Arbitrary<CrossWalk> generated = Combinators.combine(column(Ladder.INFLUENCE), column(Ladder.PARTICIPATION),
                column(Ladder.COPRODUCTION), column(Ladder.IAP2)).as((g, p, c, i) -> {
                    List<CrossWalkRow> rows = new ArrayList<>();
                    for (int row = 0; row < ROWS; row++) {
                        List<Rung<?>> counterparts = new ArrayList<>();
                        counterparts.addAll(g.get(row));
                        counterparts.addAll(p.get(row));
                        counterparts.addAll(c.get(row));
                        counterparts.addAll(i.get(row));
                        rows.add(new CrossWalkRow(ArnsteinRung.of(row + 1), counterparts, "A generated row.",
                                List.of(Source.guide("point 2"))));
                    }
                    return CrossWalk.of(rows);
                });
        return Arbitraries.oneOf(Arbitraries.just(CrossWalk.standard()), generated);
    }

    @Provide
    Arbitrary<Activity> activities() {
        return new PlacementProperties().activities();
    }

    @Provide
    Arbitrary<Ladder<?>> ladders() {
        return Arbitraries.of(Ladder.catalogued());
    }

    @Property
    void aHigherRung_neverMapsLower(@ForAll("crossWalks") CrossWalk walk, @ForAll("ladders") Ladder<?> from,
            @ForAll("ladders") Ladder<?> to) {
        List<? extends Rung<?>> rungs = from.rungs();
        for (int i = 1; i < rungs.size(); i++) {
            List<? extends Rung<?>> lower = walk.counterparts(rungs.get(i - 1), to);
            List<? extends Rung<?>> higher = walk.counterparts(rungs.get(i), to);
            assertThat(higher.get(0).number()).as("lowest counterpart of %s on %s", rungs.get(i), to.id())
                    .isGreaterThanOrEqualTo(lower.get(0).number());
            assertThat(higher.get(higher.size() - 1).number()).as("highest counterpart of %s", rungs.get(i))
                    .isGreaterThanOrEqualTo(lower.get(lower.size() - 1).number());
        }
    }

    @Property
    void everyRung_mapsSomewhereOnEveryLadder_andEveryRungIsReached(@ForAll("crossWalks") CrossWalk walk,
            @ForAll("ladders") Ladder<?> from, @ForAll("ladders") Ladder<?> to) {
        Set<Object> reached = new java.util.HashSet<>();
        for (Rung<?> rung : from.rungs()) {
            List<? extends Rung<?>> counterparts = walk.counterparts(rung, to);
            assertThat(counterparts).as("%s on %s", rung, to.id()).isNotEmpty()
                    .allMatch(r -> to.rungType().isInstance(r));
            reached.addAll(counterparts);
        }
        assertThat(reached).containsExactlyInAnyOrderElementsOf(to.rungs());
    }

    @Property
    void addingAFeature_neverLowersAnyLadder_iap2AndPatientLedIncluded(@ForAll("activities") Activity activity,
            @ForAll PowerSharing feature, @ForAll("crossWalks") CrossWalk walk) {
        assertNotLower(Placer.place(activity), Placer.place(activity.plus(feature)), walk);
    }

    @Property
    void startingMoreJointly_neverLowersAnyLadder(@ForAll("activities") Activity activity,
            @ForAll Initiator initiator, @ForAll("crossWalks") CrossWalk walk) {
        Activity moreJoint = initiator.isAtLeast(activity.initiatedBy()) ? activity.withInitiatedBy(initiator)
                : activity;
        assertNotLower(Placer.place(activity), Placer.place(moreJoint), walk);
    }

    @Property
    void droppingARestriction_neverLowersAnyLadder(@ForAll("activities") Activity activity,
            @ForAll Restriction restriction, @ForAll("crossWalks") CrossWalk walk) {
        assertNotLower(Placer.place(activity.plus(restriction)), Placer.place(activity), walk);
    }

    private static void assertNotLower(Placements before, Placements after, CrossWalk walk) {
        for (int i = 0; i < before.all().size(); i++) {
            assertThat(after.all().get(i).rung().number()).as("%s, then %s", before, after)
                    .isGreaterThanOrEqualTo(before.all().get(i).rung().number());
        }
        assertThat(after.iap2(walk).level().number()).as("IAP2: %s, then %s", before, after)
                .isGreaterThanOrEqualTo(before.iap2(walk).level().number());
        assertThat(after.coProductionStanding()).as("co-production with the patient-led marker: %s, then %s",
                before, after).isGreaterThanOrEqualTo(before.coProductionStanding());
    }

    @Property
    void iap2Level_isAmongTheCounterpartsOfTheDecidingPlacement(@ForAll("activities") Activity activity,
            @ForAll("crossWalks") CrossWalk walk) {
        Placements p = Placer.place(activity);
        Iap2Placement iap2 = p.iap2(walk);
        assertThat(p.all()).anySatisfy(each -> assertThat(walk.counterparts(each.rung(), Ladder.IAP2).get(0))
                .isEqualTo(iap2.level()));
        assertThat(p.all()).allSatisfy(each -> assertThat(walk.counterparts(each.rung(), Ladder.IAP2).get(0)
                .number()).isLessThanOrEqualTo(iap2.level().number()));
        assertThat(iap2.reasons()).hasSize(5);
        assertThat(iap2.reasons().get(4)).contains(iap2.level().promise());
    }
}

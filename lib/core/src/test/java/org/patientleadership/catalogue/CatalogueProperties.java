package org.patientleadership.catalogue;

import org.patientleadership.CatalogueElement;
import org.patientleadership.OrderedElement;
import org.patientleadership.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.coproduction.CoDesignStage;
import org.patientleadership.coproduction.Principle;
import org.patientleadership.coproduction.ValueSets;
import org.patientleadership.ladder.ArnsteinBand;
import org.patientleadership.ladder.CoProductionGroup;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.roles.ConnectionLevel;
import org.patientleadership.roles.DevelopmentStage;

/** Laws of the catalogue as a whole, proven over every element and every ordered family. */
class CatalogueProperties {

    /** Every ordered family: each ladder's rungs, and every banded or staged enum. */
    private static final List<List<? extends OrderedElement<?>>> FAMILIES = families();

    private static List<List<? extends OrderedElement<?>>> families() {
        List<List<? extends OrderedElement<?>>> families = new ArrayList<>();
        Ladder.all().forEach(l -> families.add(l.rungs()));
        families.add(List.of(ArnsteinBand.values()));
        families.add(List.of(CoProductionGroup.values()));
        families.add(List.of(EngagementLevel.values()));
        families.add(List.of(DevelopmentStage.values()));
        families.add(List.of(ConnectionLevel.values()));
        families.add(List.of(Section.values()));
        families.add(List.of(CoDesignStage.values()));
        return families;
    }

    @Provide
    Arbitrary<CatalogueElement> elements() {
        return Arbitraries.of(Catalogue.elements());
    }

    @Provide
    Arbitrary<List<OrderedElement<?>>> pairsFromOneFamily() {
        return Arbitraries.of(FAMILIES).flatMap(f -> {
            Arbitrary<OrderedElement<?>> member = Arbitraries.of(new ArrayList<OrderedElement<?>>(f));
            return Combinators.combine(member, member).as(List::of);
        });
    }

    @Provide
    Arbitrary<OrderedElement<?>> ordered() {
        return Arbitraries.of(FAMILIES).flatMap(f -> Arbitraries.of(new ArrayList<OrderedElement<?>>(f)));
    }

    @Property
    void ids_areUniqueAcrossTheCatalogue(@ForAll("elements") CatalogueElement e) {
        long same = Catalogue.elements().stream().filter(x -> x.id().equals(e.id())).count();
        assertThat(same).isEqualTo(1);
    }

    @Property
    void ids_roundTripThroughLookUp(@ForAll("elements") CatalogueElement e) {
        assertThat(Catalogue.get(e.id())).isSameAs(e);
        assertThat(e.id()).matches("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
    }

    @Property
    void everyElement_hasNameDescriptionAndSource(@ForAll("elements") CatalogueElement e) {
        assertThat(e.displayName()).isNotBlank();
        assertThat(e.description()).isNotBlank();
        assertThat(e.source()).isNotNull();
        assertThat(e.source().locator()).isNotBlank();
    }

    @Property
    @SuppressWarnings({"unchecked", "rawtypes"})
    void order_isTotalAndAgreesWithNumbers(@ForAll("pairsFromOneFamily") List<OrderedElement<?>> pair) {
        OrderedElement a = pair.get(0);
        OrderedElement b = pair.get(1);
        int byNumber = Integer.compare(a.number(), b.number());
        assertThat(Integer.signum(((Comparable) a).compareTo(b))).isEqualTo(byNumber);
        assertThat(a.isAfter(b)).isEqualTo(byNumber > 0);
        assertThat(a.isBefore(b)).isEqualTo(byNumber < 0);
        assertThat(a.equals(b)).isEqualTo(byNumber == 0);
    }

    @Property
    void nextAndPrevious_areInverse(@ForAll("ordered") OrderedElement<?> e) {
        Optional<? extends OrderedElement<?>> next = e.next();
        next.ifPresent(n -> {
            assertThat(n.number()).isEqualTo(e.number() + 1);
            assertThat(n.previous()).isEqualTo(Optional.of(e));
        });
        e.previous().ifPresent(p -> assertThat(p.next()).isEqualTo(Optional.of(e)));
        assertThat(next.isPresent() || e.previous().isPresent()).isTrue();
    }

    @Property
    void everyPoint_belongsToExactlyOneSection(@ForAll @IntRange(min = 1, max = 40) int number) {
        long holding = Arrays.stream(Section.values())
                .filter(s -> s.points().stream().anyMatch(p -> p.number() == number)).count();
        assertThat(holding).isEqualTo(1);
        ChecklistPoint p = Checklist.point(number);
        assertThat(p.section().points()).contains(p);
        assertThat(number).isBetween(p.section().firstPoint(), p.section().lastPoint());
    }

    @Property
    void sections_numberPointsContiguously(@ForAll @IntRange(min = 1, max = 5) int section) {
        assertThat(Section.of(section + 1).firstPoint()).isEqualTo(Section.of(section).lastPoint() + 1);
    }

    @Property
    void returnedCollections_areUnmodifiable(@ForAll @IntRange(min = 1, max = 40) int number) {
        ChecklistPoint p = Checklist.point(number);
        assertThatThrownBy(() -> p.actions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Checklist.points().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ValueSets.all().get(number % 6).principles().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Ladder.all().get(number % 4).rungs().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Property
    void constructors_rejectBlankText_namingTheField(@ForAll("blanks") String blank) {
        Source s = Source.guide("point 1");
        assertThatThrownBy(() -> new Principle("x.y", 1, blank, "d", s))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("displayName must not be blank");
        assertThatThrownBy(() -> new Principle("x.y", 1, "n", blank, s))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("description must not be blank");
        assertThatThrownBy(() -> ChecklistPoint.of(1, "t", blank, List.of("a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("summary must not be blank");
        assertThatThrownBy(() -> Source.guide(blank))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("locator must not be blank");
    }

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(' ', '\t', '\n', '\r', '\u2003', '\u3000').ofMaxLength(8);
    }

    @Property
    void numbers_roundTripThroughLookUp(@ForAll("ordered") OrderedElement<?> e) {
        Set<Object> found = new HashSet<>();
        for (List<? extends OrderedElement<?>> f : FAMILIES) {
            if (f.contains(e)) {
                f.stream().filter(x -> x.number() == e.number()).forEach(found::add);
            }
        }
        assertThat(found).containsExactly(e);
    }
}

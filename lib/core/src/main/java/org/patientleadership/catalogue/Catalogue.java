package org.patientleadership.catalogue;

import org.patientleadership.CatalogueElement;
import org.patientleadership.UnknownElementException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.patientleadership.checklist.CaseStudy;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.Section;
import org.patientleadership.coproduction.AlwaysEventsStage;
import org.patientleadership.coproduction.CoDesignStage;
import org.patientleadership.coproduction.FeedbackLoop;
import org.patientleadership.coproduction.FeedbackStep;
import org.patientleadership.coproduction.ValueSet;
import org.patientleadership.coproduction.ValueSets;
import org.patientleadership.ladder.BeyondTheLadder;
import org.patientleadership.ladder.GridCell;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.research.Gripp2Item;
import org.patientleadership.roles.ConnectionLevel;
import org.patientleadership.roles.DevelopmentStage;
import org.patientleadership.roles.LeadershipAttribute;
import org.patientleadership.roles.RepresentativeFunction;
import org.patientleadership.roles.RoleCategory;
import org.patientleadership.roles.RoleType;

/**
 * Gives access to every element of the catalogue by its stable id, and to the catalogue as a whole.
 *
 * <p>The catalogue holds Arnstein's ladder and its bands, the guide's engagement grid, the Copenhagen ladder
 * of participation, the ladder of co-production and its groups (with the patient-led marker beyond its top),
 * the IAP2 spectrum, the patient-leader role categories, types, example roles, development stages, connection
 * scale, representative functions and attributes, the 40-point checklist with its sections and case studies,
 * the value sets and their principles (co-production sets, NHS England's ten principles, the UK Standards for
 * Public Involvement with their reflective questions), the stages of experience-based co-design and of Always
 * Events, the "you said, we did" feedback loop and its steps, and the items of the GRIPP2 short form. Each family also has its own types with look-ups by number;
 * this class finds any element by id. {@code org.patientleadership.json.CatalogueJson} (formats module) exports it all.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Catalogue {

    /**
     * The version of the catalogue's content. It changes when elements are added, or their text or sources
     * change; ids never change meaning.
     */
    public static final String VERSION = "2026.1";

    private static final Map<String, CatalogueElement> BY_ID = index();

    private Catalogue() {
    }

    private static Map<String, CatalogueElement> index() {
        List<CatalogueElement> all = new ArrayList<>();
        for (Ladder<?> ladder : Ladder.catalogued()) {
            all.add(ladder);
            all.addAll(ladder.groups());
            all.addAll(ladder.rungs());
        }
        all.addAll(Arrays.asList(BeyondTheLadder.values()));
        all.addAll(Arrays.asList(org.patientleadership.ladder.EngagementLevel.values()));
        all.addAll(Arrays.asList(GridCell.values()));
        all.addAll(Arrays.asList(RoleCategory.values()));
        all.addAll(Arrays.asList(RoleType.values()));
        all.addAll(RoleType.allExampleRoles());
        all.addAll(Arrays.asList(DevelopmentStage.values()));
        all.addAll(Arrays.asList(ConnectionLevel.values()));
        all.addAll(Arrays.asList(RepresentativeFunction.values()));
        all.addAll(Arrays.asList(LeadershipAttribute.values()));
        all.addAll(Arrays.asList(Section.values()));
        all.addAll(Checklist.points());
        all.addAll(Arrays.asList(CaseStudy.values()));
        for (ValueSet set : ValueSets.all()) {
            all.add(set);
            all.addAll(set.principles());
        }
        all.addAll(ValueSets.questions());
        all.addAll(Arrays.asList(CoDesignStage.values()));
        all.addAll(Arrays.asList(AlwaysEventsStage.values()));
        all.addAll(Arrays.asList(FeedbackLoop.values()));
        all.addAll(Arrays.asList(FeedbackStep.values()));
        all.addAll(Arrays.asList(Gripp2Item.values()));
        Map<String, CatalogueElement> byId = new LinkedHashMap<>();
        for (CatalogueElement e : all) {
            CatalogueElement clash = byId.put(e.id(), e);
            assert clash == null : "bug: duplicate catalogue id " + e.id();
        }
        return java.util.Collections.unmodifiableMap(byId);
    }

    /**
     * Obtains every element of the catalogue, family by family, each family in its source's order.
     *
     * @return the elements, unmodifiable, not null
     */
    public static List<CatalogueElement> elements() {
        return List.copyOf(BY_ID.values());
    }

    /**
     * Finds an element from its stable id.
     *
     * @param id  the id, such as {@code arnstein.partnership} or {@code point.12}, not null
     * @return the element, or empty if no element has this id
     * @throws NullPointerException if the id is null
     */
    public static Optional<CatalogueElement> find(String id) {
        return Optional.ofNullable(BY_ID.get(java.util.Objects.requireNonNull(id, "id")));
    }

    /**
     * Obtains an element from its stable id.
     *
     * @param id  the id, not null
     * @return the element, not null
     * @throws NullPointerException if the id is null
     * @throws UnknownElementException if no element has this id
     */
    public static CatalogueElement get(String id) {
        return find(id).orElseThrow(() -> new UnknownElementException("catalogue id", id, List.copyOf(BY_ID.keySet())));
    }

    /**
     * Obtains an element of a given type from its stable id.
     *
     * @param <T>  the type wanted
     * @param id  the id, not null
     * @param type  the type wanted, such as {@code ArnsteinRung.class}, not null
     * @return the element, not null
     * @throws UnknownElementException if no element has this id
     * @throws IllegalArgumentException if the element is of another type
     */
    public static <T extends CatalogueElement> T get(String id, Class<T> type) {
        CatalogueElement e = get(id);
        if (!type.isInstance(e)) {
            throw new IllegalArgumentException("Catalogue id '" + id + "' names a " + e.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(e);
    }
}

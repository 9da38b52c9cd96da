package org.patientleadership.roles;

import java.util.Optional;

import org.patientleadership.OrderedElement;
import org.patientleadership.Source;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Models the stages of a patient leader's development: potential, emerging and embedded, in the order of a
 * person's journey.
 *
 * <p>Source: the guide, point 7, which names "embedded" (formal, established) leaders first and then
 * "emerging and potential" ones. The journey order (potential, emerging, embedded) is this project's reading;
 * the guide also says leaders may head in different directions, so a later stage is not a better person,
 * only a more established role. Point 29 describes where the journey often starts.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DevelopmentStage implements OrderedElement<DevelopmentStage> {

    /** Stage 1. */
    POTENTIAL(1, "Potential",
            "Not yet in a leadership role, but with experience and drive that could be drawn out with an "
                    + "invitation and support; often reached through care itself or through community groups."),
    /** Stage 2. */
    EMERGING(2, "Emerging",
            "Starting to take on roles and to build the confidence, skills and relationships to influence "
                    + "change."),
    /** Stage 3. */
    EMBEDDED(3, "Embedded",
            "Established in formal roles, such as lay member of a commissioning body, governor or committee "
                    + "representative.");

    private final int number;
    private final String displayName;
    private final String description;

    DevelopmentStage(int number, String displayName, String description) {
        this.number = number;
        this.displayName = displayName;
        this.description = description;
    }

    /**
     * Obtains a stage from its number, 1 (potential) to 3 (embedded).
     *
     * @param number  the number, from 1 to 3
     * @return the stage, not null
     * @throws org.patientleadership.UnknownElementException if the number is outside 1 to 3
     */
    public static DevelopmentStage of(int number) {
        return Lookup.byNumber(values(), DevelopmentStage::number, number, "development stage number");
    }

    /**
     * Obtains a stage from its stable id, such as {@code stage.emerging}.
     *
     * @param id  the id, not null
     * @return the stage, not null
     * @throws org.patientleadership.UnknownElementException if no stage has this id
     */
    public static DevelopmentStage of(String id) {
        return Lookup.byKey(values(), DevelopmentStage::id, id, "development stage id");
    }

    @Override
    public String id() {
        return Ids.of("stage", this);
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Source source() {
        return Source.guide("point 7");
    }

    @Override
    public Optional<DevelopmentStage> next() {
        return Lookup.next(values(), this);
    }

    @Override
    public Optional<DevelopmentStage> previous() {
        return Lookup.previous(values(), this);
    }
}

package org.patientleadership.checklist;

import java.util.List;

import org.immutables.value.Value;
import org.patientleadership.CatalogueElement;
import org.patientleadership.Source;
import org.patientleadership.internal.Checks;

/**
 * Models one of the 40 points of the guide "Bring it on – 40 ways to support Patient Leadership": its number,
 * the guide's short title, its section, a summary and the actions it suggests (both in this project's own
 * words), and the case studies it cites.
 *
 * <p>The catalogue's points are obtained from {@link Checklist}. Instances can also be built with
 * {@link #of(int, String, String, List, List)} or the generated {@code ChecklistPointBuilder}; the
 * constructor checks every field, and that the id and section agree with the number.
 *
 * <p>Source: the guide, points 1 to 40.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param number  the point number, from 1 to 40
 * @param id  the stable id, {@code point.} followed by the number
 * @param title  the guide's short title, not blank
 * @param section  the section holding the point, which must agree with the number
 * @param summary  what the point asks and why, in our own words, not blank
 * @param actions  the actions the point suggests, paraphrased; at least one, none blank
 * @param caseStudies  the case studies the point cites, possibly empty, no duplicates
 * @param source  where the point is in the guide, not null
 */
@Value.Builder
public record ChecklistPoint(int number, String id, String title, Section section, String summary,
        List<String> actions, List<CaseStudy> caseStudies, Source source) implements CatalogueElement {

    /** The number of points in the guide. */
    public static final int COUNT = 40;

    /**
     * Creates a point, checking every field.
     *
     * @param number  the point number, from 1 to 40
     * @param id  the stable id, {@code point.} followed by the number
     * @param title  the title, not blank
     * @param section  the section, agreeing with the number
     * @param summary  the summary, not blank
     * @param actions  the actions, at least one, none blank
     * @param caseStudies  the case studies cited, no duplicates
     * @param source  the source, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a field is blank, out of range or inconsistent
     */
    public ChecklistPoint {
        Checks.inRange(number, 1, COUNT, "checklist point number");
        Checks.notNull(id, "id");
        if (!id.equals(idOf(number))) {
            throw new IllegalArgumentException(
                    "Invalid id for point " + number + ": '" + id + "'; expected '" + idOf(number) + "'");
        }
        title = Checks.notBlank(title, "title");
        Checks.notNull(section, "section");
        if (section != Section.containing(number)) {
            throw new IllegalArgumentException("Point " + number + " is in section " + Section.containing(number)
                    .number() + ", not section " + section.number());
        }
        summary = Checks.notBlank(summary, "summary");
        actions = Checks.noBlankItems(actions, "actions");
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("Point " + number + " must suggest at least one action");
        }
        caseStudies = Checks.noNullItems(caseStudies, "caseStudies");
        if (caseStudies.stream().distinct().count() != caseStudies.size()) {
            throw new IllegalArgumentException("Point " + number + " cites a case study twice: " + caseStudies);
        }
        Checks.notNull(source, "source");
    }

    /**
     * Obtains a point from its number and content, deriving its id, section and source.
     *
     * @param number  the point number, from 1 to 40
     * @param title  the title, not blank
     * @param summary  the summary, not blank
     * @param actions  the actions, at least one, none blank
     * @param caseStudies  the case studies cited, no duplicates
     * @return the point, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the number is out of range or a text is blank
     */
    public static ChecklistPoint of(int number, String title, String summary, List<String> actions,
            List<CaseStudy> caseStudies) {
        Checks.inRange(number, 1, COUNT, "checklist point number");
        return new ChecklistPoint(number, idOf(number), title, Section.containing(number), summary, actions,
                caseStudies, Source.guide("point " + number));
    }

    /**
     * Gives the id of the point with a number.
     *
     * @param number  the point number
     * @return the id, such as {@code point.9}, not null
     */
    public static String idOf(int number) {
        return "point." + number;
    }

    /**
     * Gets the title; the same as {@link #title()}.
     *
     * @return the title, not null
     */
    @Override
    public String displayName() {
        return title;
    }

    /**
     * Gets the summary; the same as {@link #summary()}.
     *
     * @return the summary, not null
     */
    @Override
    public String description() {
        return summary;
    }

    /**
     * Returns a copy of this point with another summary.
     *
     * @param summary  the new summary, not blank
     * @return a point with the summary changed, or this point if it is unchanged, not null
     * @throws NullPointerException if the summary is null
     * @throws IllegalArgumentException if the summary is blank
     */
    public ChecklistPoint withSummary(String summary) {
        String s = Checks.notBlank(summary, "summary");
        return s.equals(this.summary) ? this
                : new ChecklistPoint(number, id, title, section, s, actions, caseStudies, source);
    }

    /**
     * Returns a copy of this point with other actions.
     *
     * @param actions  the new actions, at least one, none blank
     * @return a point with the actions changed, or this point if they are unchanged, not null
     * @throws NullPointerException if the list or an action is null
     * @throws IllegalArgumentException if the list is empty or an action is blank
     */
    public ChecklistPoint withActions(List<String> actions) {
        ChecklistPoint copy = new ChecklistPoint(number, id, title, section, summary, actions, caseStudies, source);
        return copy.equals(this) ? this : copy;
    }

    /**
     * Returns {@code point N: title}.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        return "point " + number + ": " + title;
    }
}

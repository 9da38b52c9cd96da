package org.patientleadership.checklist;

import java.util.List;
import java.util.Optional;

import org.patientleadership.OrderedElement;
import org.patientleadership.Source;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Models the six sections of the guide that hold its 40 points, in the guide's order, each with the range of
 * points it holds.
 *
 * <p><b>Counted, not assumed:</b> the guide's introduction says each section has eight points, but sections
 * 1 and 2 have four each (points 1–4 and 5–8) and sections 3 to 6 have eight (9–16, 17–24, 25–32, 33–40).
 * This enum models what is there. The guide's seventh section (case studies) holds no points; its case
 * studies are modelled by {@link CaseStudy}.
 *
 * <p><b>Titles:</b> display names are the titles of the guide's contents page. The heading of section 3 in
 * the body differs ("Leading the transformation to Patient Leadership"); it is kept as
 * {@link #headingTitle()}.
 *
 * <p>Source: the guide, contents page and section headings.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Section implements OrderedElement<Section> {

    /** Section 1, points 1–4. */
    INTRODUCTION(1, "Introduction and background", "Introduction and background", 1, 4,
            "Why patient leaders matter and how patient leadership goes further than engagement."),
    /** Section 2, points 5–8. */
    ABOUT_PATIENT_LEADERS(2, "About Patient Leaders and Leadership", "About Patient Leaders and Leadership", 5, 8,
            "Who patient leaders are, where they are found, how they develop and what qualities they bring."),
    /** Section 3, points 9–16. */
    LEADING_THE_WORK(3, "Leading the work", "Leading the transformation to Patient Leadership", 9, 16,
            "What boards and senior leaders do to build a culture, strategy and governance that foster patient "
                    + "leadership."),
    /** Section 4, points 17–24. */
    WORKING_WITH_OTHERS(4, "Working with others", "Working with Others", 17, 24,
            "Building trust and partnerships with staff, the voluntary sector, business and formal engagement "
                    + "bodies."),
    /** Section 5, points 25–32. */
    PREPARING_THE_GROUND(5, "Preparing the ground", "Preparing the Ground", 25, 32,
            "Mapping existing activity and widening where and how new patient leaders are found."),
    /** Section 6, points 33–40. */
    FINDING_PATIENT_LEADERS(6, "Finding the right Patient Leaders", "Finding the right Patient Leaders", 33, 40,
            "Recruiting patient leaders, and supporting, rewarding and developing them so the work lasts.");

    private final int number;
    private final String displayName;
    private final String headingTitle;
    private final int firstPoint;
    private final int lastPoint;
    private final String description;

    Section(int number, String displayName, String headingTitle, int firstPoint, int lastPoint,
            String description) {
        this.number = number;
        this.displayName = displayName;
        this.headingTitle = headingTitle;
        this.firstPoint = firstPoint;
        this.lastPoint = lastPoint;
        this.description = description;
    }

    /**
     * Obtains a section from its number, 1 to 6.
     *
     * @param number  the section number, from 1 to 6
     * @return the section, not null
     * @throws org.patientleadership.UnknownElementException if the number is outside 1 to 6
     */
    public static Section of(int number) {
        return Lookup.byNumber(values(), Section::number, number, "section number");
    }

    /**
     * Obtains a section from its stable id, such as {@code section.working-with-others}.
     *
     * @param id  the id, not null
     * @return the section, not null
     * @throws org.patientleadership.UnknownElementException if no section has this id
     */
    public static Section of(String id) {
        return Lookup.byKey(values(), Section::id, id, "section id");
    }

    /**
     * Obtains the section that holds a point.
     *
     * @param pointNumber  the point number, from 1 to 40
     * @return the section, not null
     * @throws org.patientleadership.UnknownElementException if the number is outside 1 to 40
     */
    public static Section containing(int pointNumber) {
        for (Section s : values()) {
            if (pointNumber >= s.firstPoint && pointNumber <= s.lastPoint) {
                return s;
            }
        }
        throw new org.patientleadership.UnknownElementException("checklist point number",
                Integer.toString(pointNumber), List.of("1 to 40"));
    }

    /**
     * Gets the title of the section as its heading in the body of the guide prints it.
     *
     * @return the heading title, not null
     */
    public String headingTitle() {
        return headingTitle;
    }

    /**
     * Gets the number of the first point in this section.
     *
     * @return the first point number
     */
    public int firstPoint() {
        return firstPoint;
    }

    /**
     * Gets the number of the last point in this section.
     *
     * @return the last point number
     */
    public int lastPoint() {
        return lastPoint;
    }

    /**
     * Obtains the points of this section, in order.
     *
     * @return the points, unmodifiable, not null
     */
    public List<ChecklistPoint> points() {
        return Checklist.points().subList(firstPoint - 1, lastPoint);
    }

    @Override
    public String id() {
        return Ids.of("section", this);
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
        return Source.guide("contents; section " + number + " heading");
    }

    @Override
    public Optional<Section> next() {
        return Lookup.next(values(), this);
    }

    @Override
    public Optional<Section> previous() {
        return Lookup.previous(values(), this);
    }
}

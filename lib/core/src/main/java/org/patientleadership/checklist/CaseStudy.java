package org.patientleadership.checklist;

import java.util.List;

import org.patientleadership.CatalogueElement;
import org.patientleadership.Source;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Identifies the four case studies in section 7 of the guide, by their titles and pages only.
 *
 * <p>The case studies are first-person accounts by real people. This library refers to them by title so that
 * a reader can find them in the guide; it deliberately models nothing else about the people, and in
 * particular no personal health details. The titles are printed as the guide prints them.
 *
 * <p>Source: the guide, section 7, pages 42 to 45; points 29 and 30 cite them.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CaseStudy implements CatalogueElement {

    /** The case study on page 42. */
    SUE_SIBBALD("Case Study: Sue Sibbald", 42),
    /** The case study on page 43. */
    ELLIE_MILNER("Case Study: Ellie Milner", 43),
    /** The case study on page 44. */
    AMANDA_O_CONNELL("Case Study: Amanda O'Connell", 44),
    /** The case study on page 45 (the guide prints the surname as "de longh"). */
    ANYA_DE_LONGH("Case Study: Anya de longh", 45);

    private final String title;
    private final int page;

    CaseStudy(String title, int page) {
        this.title = title;
        this.page = page;
    }

    /**
     * Obtains a case study from its stable id, such as {@code case-study.ellie-milner}.
     *
     * @param id  the id, not null
     * @return the case study, not null
     * @throws org.patientleadership.UnknownElementException if no case study has this id
     */
    public static CaseStudy of(String id) {
        return Lookup.byKey(values(), CaseStudy::id, id, "case study id");
    }

    /**
     * Gets the page of the guide the case study is printed on.
     *
     * @return the page number
     */
    public int page() {
        return page;
    }

    /**
     * Obtains the checklist points that cite this case study, in order.
     *
     * @return the citing points, unmodifiable, not null
     */
    public List<ChecklistPoint> citedBy() {
        return Checklist.points().stream().filter(p -> p.caseStudies().contains(this)).toList();
    }

    @Override
    public String id() {
        return Ids.of("case-study", this);
    }

    @Override
    public String displayName() {
        return title;
    }

    @Override
    public String description() {
        return "A first-person account of a patient leader's path, printed on page " + page
                + " of the guide; see the guide for its text.";
    }

    @Override
    public Source source() {
        return Source.guide("section 7, page " + page);
    }
}

package org.patientleadership.report;

import java.util.List;
import java.util.Locale;

import org.patientleadership.assessment.Horizon;
import org.patientleadership.assessment.Plan;
import org.patientleadership.assessment.PlanItem;

/** Renders the "Plan" section of a report, in HTML and Markdown, from a {@link Plan}. */
final class PlanSection {

    private PlanSection() {
    }

    private static String heading(PlanItem item) {
        // The title before its number: "point N" then the title would repeat the guide's heading word for word.
        return " (point " + item.point().number() + ", section " + item.point().section().number() + "; priority: "
                + item.priority().level().name().toLowerCase(Locale.ROOT) + ")";
    }

    private static String intro(Plan plan) {
        return "The unfinished points in three horizons. Nothing is planned before a point it rests on; at most a "
                + "few points of one section come first. Each step shows its current rating, the rating to aim "
                + "for, why it is planned, and how its priority score adds up."
                + plan.earlierDate().map(d -> " Compared with the assessment of " + d + ".").orElse("");
    }

    private static String source(PlanItem item) {
        return "Source: " + item.point().source().document().title() + ", " + item.point().source().locator() + ".";
    }

    static void html(Xml x, Plan plan) {
        x.open("section").element("h2", "Plan");
        x.element("p", intro(plan));
        for (Horizon h : Horizon.values()) {
            List<PlanItem> items = plan.horizon(h);
            x.element("h3", h.displayName());
            if (items.isEmpty()) {
                x.element("p", "Nothing planned.");
                continue;
            }
            x.open("ol", "class", "plan", "start", Integer.toString(items.get(0).position()));
            for (PlanItem item : items) {
                x.open("li");
                x.open("p").element("strong", item.point().title()).text(heading(item)).close();
                x.element("p", item.statusText());
                if (h != Horizon.LATER) {
                    x.open("ul");
                    item.reasons().forEach(r -> x.element("li", r));
                    x.close();
                    x.element("p", "How the score adds up: " + item.priority().explain() + ".", "class", "meta");
                    x.element("p", "First step: " + item.actions().get(0));
                    x.element("p", source(item), "class", "meta");
                }
                x.close();
            }
            x.close();
        }
        if (!plan.skipped().isEmpty()) {
            x.element("p", plan.skippedText());
        }
        x.close();
    }

    static void markdown(StringBuilder out, Plan plan) {
        out.append("## Plan\n\n").append(Reports.md(intro(plan))).append("\n\n");
        for (Horizon h : Horizon.values()) {
            List<PlanItem> items = plan.horizon(h);
            out.append("### ").append(h.displayName()).append("\n\n");
            if (items.isEmpty()) {
                out.append("Nothing planned.\n\n");
                continue;
            }
            for (PlanItem item : items) {
                out.append(item.position()).append(". **").append(Reports.md(item.point().title())).append("**")
                        .append(Reports.md(heading(item))).append("  \n   ")
                        .append(Reports.md(item.statusText()));
                if (h != Horizon.LATER) {
                    for (String r : item.reasons()) {
                        out.append("\n   - ").append(Reports.md(r));
                    }
                    out.append("\n\n   How the score adds up: ").append(Reports.md(item.priority().explain()))
                            .append(".  \n   First step: ").append(Reports.md(item.actions().get(0)))
                            .append("  \n   ").append(Reports.md(source(item)));
                }
                out.append('\n');
            }
            out.append('\n');
        }
        if (!plan.skipped().isEmpty()) {
            out.append(Reports.md(plan.skippedText())).append("\n\n");
        }
    }
}

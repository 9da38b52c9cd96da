package org.patientleadership.research;

import java.util.ArrayList;
import java.util.List;

import org.patientleadership.internal.Checks;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.placement.Activity;
import org.patientleadership.placement.Iap2Placement;
import org.patientleadership.placement.Initiator;
import org.patientleadership.placement.Placements;
import org.patientleadership.placement.Placer;
import org.patientleadership.placement.PowerSharing;

/**
 * Drafts the patient and public involvement section of a study report in the shape of the GRIPP2 short form,
 * from what the library knows of the involvement activity: who started it, what power was shared, and where it
 * stands on the ladders. What only the authors know (the aim, who took part, what came of it, their
 * reflections) is left as marked blanks ({@link Gripp2Section#blank(String)}) that they must fill.
 *
 * <p>The draft is a starting point for authors, not a finished report: GRIPP2 asks for the authors' own account
 * (Staniszewska et al. 2017, table 2). {@link #with(Gripp2Item, String)} replaces a section's text;
 * {@link #isComplete()} says whether any blank is left; {@link #toMarkdown()} prints it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param activity  the involvement activity the draft describes, not null
 * @param sections  one section per GRIPP2 short-form item, in order, unmodifiable, not null
 */
public record Gripp2Draft(Activity activity, List<Gripp2Section> sections) {

    /**
     * Creates a draft, checking that it has one section per item in order.
     *
     * @param activity  the activity, not null
     * @param sections  the sections, one per item in order
     * @throws NullPointerException if an argument or a section is null
     * @throws IllegalArgumentException if the sections are not one per GRIPP2 short-form item in order
     */
    public Gripp2Draft {
        Checks.notNull(activity, "activity");
        sections = Checks.noNullItems(sections, "sections");
        List<Gripp2Item> items = sections.stream().map(Gripp2Section::item).toList();
        if (!items.equals(List.of(Gripp2Item.values()))) {
            throw new IllegalArgumentException("sections must be one per GRIPP2 short-form item, in order "
                    + List.of(Gripp2Item.values()) + "; found " + items);
        }
    }

    /**
     * Drafts the section for an activity, placed by the standard rules.
     *
     * @param activity  the involvement activity, not null
     * @return the draft, with blanks for what only the authors know, not null
     * @throws NullPointerException if the activity is null
     */
    public static Gripp2Draft of(Activity activity) {
        return of(Placer.place(Checks.notNull(activity, "activity")));
    }

    /**
     * Drafts the section from an activity's placements.
     *
     * @param placements  the placements of the involvement activity, not null
     * @return the draft, with blanks for what only the authors know, not null
     * @throws NullPointerException if the placements are null
     */
    public static Gripp2Draft of(Placements placements) {
        Checks.notNull(placements, "placements");
        Activity a = placements.activity();
        Iap2Placement iap2 = placements.iap2();
        List<Gripp2Section> sections = new ArrayList<>();
        sections.add(new Gripp2Section(Gripp2Item.AIM, "Patients and the public were involved through \""
                + a.name() + "\". " + Gripp2Section.blank("what the involvement was meant to achieve for the study")));
        sections.add(new Gripp2Section(Gripp2Item.METHODS, methods(placements, iap2) + " "
                + Gripp2Section.blank("who took part, how they were found and supported, and at which stages "
                        + "of the study")));
        sections.add(new Gripp2Section(Gripp2Item.STUDY_RESULTS, Gripp2Section.blank("what came of the "
                + "involvement, including what did not work")));
        sections.add(new Gripp2Section(Gripp2Item.DISCUSSION_AND_CONCLUSIONS, "By its own description the "
                + "involvement reached " + iap2.level().displayName() + " on the IAP2 spectrum, which promises the "
                + "public: \"" + iap2.level().promise() + "\" " + Gripp2Section.blank("whether that promise was "
                        + "kept, and how far the involvement changed the study as a whole")));
        sections.add(new Gripp2Section(Gripp2Item.REFLECTIONS, reflections(placements) + " "
                + Gripp2Section.blank("what went well, what did not, and what others can learn from it")));
        return new Gripp2Draft(a, sections);
    }

    private static String methods(Placements p, Iap2Placement iap2) {
        Activity a = p.activity();
        String started = switch (a.initiatedBy()) {
            case ORGANISATION -> "The research team started it";
            case JOINT -> "The research team and patients started it together";
            case PATIENTS -> "Patients started it";
        };
        String level = a.level() == EngagementLevel.INDIVIDUAL ? "people's own care" : "services and research for "
                + "everyone";
        StringBuilder text = new StringBuilder(started).append(", and it was about ").append(level).append(". ");
        List<String> shared = a.sharing().stream().map(f -> f.description()).toList();
        if (shared.isEmpty()) {
            text.append("No power over decisions was shared with them.");
        } else {
            text.append("What was shared: ").append(String.join(" ", shared));
        }
        text.append(" On Arnstein's ladder of citizen participation this is ").append(p.arnstein().rung().displayName())
                .append("; on the ladder of co-production, ").append(p.coProduction().rung().displayName())
                .append(p.coProductionBeyond().map(b -> " (patient-led, beyond the top of that ladder)").orElse(""))
                .append("; on the IAP2 spectrum, ").append(iap2.level().displayName()).append('.');
        return text.toString();
    }

    private static String reflections(Placements p) {
        return p.arnstein().nextStep().map(step -> "One way the involvement could have shared more power, as the "
                + "library reads it: " + String.join(" ", step.featuresToAdd().stream().map(PowerSharing::description)
                .toList()) + (step.initiatorNeeded().map(i -> " It would be started "
                        + (i == Initiator.PATIENTS ? "by patients." : "jointly with patients.")).orElse("")))
                .orElse("Patients held the power in this work: its top rung on Arnstein's ladder.")
                .replace("  ", " ").strip();
    }

    /**
     * Gets the section for an item.
     *
     * @param item  the item, not null
     * @return the section, not null
     * @throws NullPointerException if the item is null
     */
    public Gripp2Section section(Gripp2Item item) {
        return sections.get(Checks.notNull(item, "item").number() - 1);
    }

    /**
     * Returns a copy with one section's text replaced, such as the author's own account.
     *
     * @param item  the item, not null
     * @param text  the new text, not blank
     * @return the changed draft, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the text is blank
     */
    public Gripp2Draft with(Gripp2Item item, String text) {
        List<Gripp2Section> copy = new ArrayList<>(sections);
        copy.set(Checks.notNull(item, "item").number() - 1, new Gripp2Section(item, text));
        return new Gripp2Draft(activity, copy);
    }

    /**
     * Gets the prompts of every blank still to fill, each with its item's name, such as {@code Aim: what the
     * involvement was meant to achieve for the study}.
     *
     * @return the prompts, unmodifiable, empty when complete, not null
     */
    public List<String> blanks() {
        List<String> all = new ArrayList<>();
        for (Gripp2Section s : sections) {
            s.blanks().forEach(b -> all.add(s.item().displayName() + ": " + b));
        }
        return List.copyOf(all);
    }

    /**
     * Checks if every blank has been filled.
     *
     * @return true if no section has a blank left
     */
    public boolean isComplete() {
        return sections.stream().allMatch(Gripp2Section::isComplete);
    }

    /**
     * Prints the draft as Markdown: a heading, then one numbered heading per item with its text.
     *
     * @return the Markdown text, ending with a line feed, not null
     */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder("## Patient and public involvement (GRIPP2 short form)\n");
        for (Gripp2Section s : sections) {
            md.append("\n### ").append(s.item().number()).append(". ").append(s.item().displayName()).append("\n\n")
                    .append(s.text()).append('\n');
        }
        if (!isComplete()) {
            md.append("\n_").append(blanks().size()).append(" blank").append(blanks().size() == 1 ? "" : "s")
                    .append(" marked ").append(Gripp2Section.BLANK_START).append("…")
                    .append(Gripp2Section.BLANK_END).append(blanks().size() == 1 ? " remains" : " remain")
                    .append(" to fill in._\n");
        }
        return md.toString();
    }
}

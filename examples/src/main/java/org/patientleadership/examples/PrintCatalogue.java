package org.patientleadership.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.patientleadership.json.CatalogueJson;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.coproduction.Principle;
import org.patientleadership.coproduction.ValueSet;
import org.patientleadership.coproduction.ValueSets;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.ladder.Rung;
import org.patientleadership.roles.RoleType;

/**
 * Prints a ladder, the checklist, the role types or a value set of the catalogue as a readable table, or the
 * whole catalogue as JSON.
 *
 * <p>Usage: {@code PrintCatalogue [what]}, where {@code what} is a ladder id or short name ({@code arnstein},
 * {@code influence}, {@code participation}, {@code coproduction}, {@code iap2}), {@code checklist},
 * {@code roles}, a value set id or short name (such as {@code nef-2010}), {@code json}, or nothing for the
 * Arnstein ladder and the checklist.
 */
public final class PrintCatalogue {

    private PrintCatalogue() {
    }

    /**
     * Runs the example.
     *
     * @param args  what to print; see the class description
     */
    public static void main(String[] args) {
        print(args.length == 0 ? "" : args[0], System.out);
    }

    /**
     * Prints what is asked for.
     *
     * @param what  what to print, or blank for the default
     * @param out  where to print
     */
    static void print(String what, PrintStream out) {
        String key = what.strip().toLowerCase(Locale.ROOT);
        switch (key) {
            case "" -> {
                printLadder(Ladder.ARNSTEIN, out);
                out.println();
                printChecklist(out);
            }
            case "json" -> out.print(CatalogueJson.toJson());
            case "checklist" -> printChecklist(out);
            case "roles" -> printRoles(out);
            default -> {
                for (Ladder<?> ladder : Ladder.catalogued()) {
                    if (ladder.id().equals(key) || ladder.id().equals("ladder." + key)) {
                        printLadder(ladder, out);
                        return;
                    }
                }
                for (ValueSet set : ValueSets.all()) {
                    if (set.id().equals(key) || set.id().equals("value-set." + key)) {
                        printValueSet(set, out);
                        return;
                    }
                }
                throw new IllegalArgumentException("Unknown thing to print: '" + what + "'; allowed: arnstein, "
                        + "influence, participation, coproduction, iap2, checklist, roles, json, or a value set: "
                        + ValueSets.all().stream().map(s -> s.id().substring("value-set.".length())).toList());
            }
        }
    }

    private static <R extends Enum<R> & Rung<R>> void printLadder(Ladder<R> ladder, PrintStream out) {
        out.println(ladder.displayName() + " (" + ladder.source() + ")");
        Table table = new Table("Rung", "Name", "Group", "Description");
        List<R> topDown = new ArrayList<>(ladder.rungs());
        java.util.Collections.reverse(topDown);
        for (R rung : topDown) {
            table.row(Integer.toString(rung.number()), rung.displayName(),
                    ladder.groupOf(rung).map(g -> g.displayName()).orElse(""), rung.description());
        }
        table.print(out);
    }

    private static void printChecklist(PrintStream out) {
        out.println("Bring it on – 40 ways to support Patient Leadership (guide, points 1 to 40)");
        Table table = new Table("No.", "Section", "Title", "Actions");
        for (ChecklistPoint p : Checklist.points()) {
            table.row(Integer.toString(p.number()), p.section().number() + ". " + p.section().displayName(),
                    p.title(), Integer.toString(p.actions().size()));
        }
        table.print(out);
        out.println("Sections: " + java.util.Arrays.stream(Section.values())
                .map(s -> s.number() + " (" + s.points().size() + " points)").toList());
    }

    private static void printRoles(PrintStream out) {
        out.println("Patient leadership framework (guide, points 5 and 6)");
        Table table = new Table("Role type", "Category", "Example roles");
        for (RoleType t : RoleType.values()) {
            table.row(t.displayName(), t.category().displayName(),
                    String.join(", ", t.exampleRoles().stream().map(r -> r.displayName()).toList()));
        }
        table.print(out);
    }

    private static void printValueSet(ValueSet set, PrintStream out) {
        out.println(set.displayName() + " (" + set.source() + (set.isFromSeeds() ? "" : "; outside the seeds")
                + ")");
        Table table = new Table("No.", "Principle", "Description");
        for (Principle p : set.principles()) {
            table.row(Integer.toString(p.number()), p.displayName(), p.description());
        }
        table.print(out);
    }
}

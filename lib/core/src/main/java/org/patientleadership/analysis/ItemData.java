package org.patientleadership.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;

import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;

/**
 * Models the data of an item analysis: named items (columns) and cases (rows), each case giving a rating or
 * nothing ("missing") for each item. It is what R's {@code psych::alpha} takes as a data frame.
 *
 * <p>From assessments, {@link #of(Iterable, Section)} makes one item per point of a section and one case per
 * assessment; {@link #of(Iterable)} does the same for all 40 points. A point marked not applicable or left
 * unanswered is missing. Ratings are used as their values on the scale, so all assessments must be on one
 * scale.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ItemData {

    private final List<String> items;
    private final int[][] values;
    private final boolean[][] present;

    private ItemData(List<String> items, int[][] values, boolean[][] present) {
        this.items = items;
        this.values = values;
        this.present = present;
    }

    /**
     * Obtains item data from rows of ratings, {@code null} meaning missing.
     *
     * @param items  the item names, unique, not blank, at least one
     * @param rows  the cases, each with one entry per item, not null; entries may be null (missing)
     * @return the data, not null
     * @throws NullPointerException if an argument or a row is null
     * @throws IllegalArgumentException if a name is blank or repeated, or a row has the wrong length
     */
    public static ItemData of(List<String> items, List<? extends List<Integer>> rows) {
        List<String> names = Checks.noBlankItems(items, "items");
        if (names.isEmpty() || new HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("Item names must be at least one and unique, not " + names);
        }
        Checks.noNullItems(rows, "rows");
        int k = names.size();
        int[][] values = new int[rows.size()][k];
        boolean[][] present = new boolean[rows.size()][k];
        for (int r = 0; r < rows.size(); r++) {
            List<Integer> row = rows.get(r);
            if (row.size() != k) {
                throw new IllegalArgumentException("Row " + (r + 1) + " has " + row.size() + " entries; each row "
                        + "needs one per item (" + k + ")");
            }
            for (int i = 0; i < k; i++) {
                Integer v = row.get(i);
                if (v != null) {
                    values[r][i] = v;
                    present[r][i] = true;
                }
            }
        }
        return new ItemData(names, values, present);
    }

    /**
     * Obtains item data for one section: one item per point (named {@code point.N}), one case per assessment.
     *
     * @param assessments  the assessments, not null, none null, all on one rating scale
     * @param section  the section, not null
     * @return the data, not null
     * @throws IllegalArgumentException if the assessments are on different scales
     */
    public static ItemData of(Iterable<Assessment> assessments, Section section) {
        Checks.notNull(section, "section");
        return of(assessments, section.firstPoint(), section.lastPoint());
    }

    /**
     * Obtains item data for the whole checklist: 40 items, one case per assessment.
     *
     * @param assessments  the assessments, not null, none null, all on one rating scale
     * @return the data, not null
     * @throws IllegalArgumentException if the assessments are on different scales
     */
    public static ItemData of(Iterable<Assessment> assessments) {
        return of(assessments, 1, ChecklistPoint.COUNT);
    }

    private static ItemData of(Iterable<Assessment> assessments, int first, int last) {
        Checks.notNull(assessments, "assessments");
        List<String> names = new ArrayList<>();
        for (int p = first; p <= last; p++) {
            names.add(ChecklistPoint.idOf(p));
        }
        List<List<Integer>> rows = new ArrayList<>();
        Assessment firstAssessment = null;
        for (Assessment a : assessments) {
            Checks.notNull(a, "assessment");
            if (firstAssessment == null) {
                firstAssessment = a;
            } else if (!a.scale().equals(firstAssessment.scale())) {
                throw new IllegalArgumentException("Item analysis needs every assessment on one rating scale, "
                        + "but '" + a.organisation() + "' uses '" + a.scale().id() + "' and '"
                        + firstAssessment.organisation() + "' uses '" + firstAssessment.scale().id() + "'");
            }
            Integer[] row = new Integer[last - first + 1];
            for (Answer answer : a.answers()) {
                OptionalInt r = answer.rating();
                if (answer.point() >= first && answer.point() <= last && r.isPresent()) {
                    row[answer.point() - first] = r.getAsInt();
                }
            }
            rows.add(Arrays.asList(row));
        }
        return of(names, rows);
    }

    /**
     * Gets the item names.
     *
     * @return the names, in column order, unmodifiable
     */
    public List<String> items() {
        return items;
    }

    /**
     * Gets the number of cases.
     *
     * @return the number of rows
     */
    public int cases() {
        return values.length;
    }

    /**
     * Gets one entry.
     *
     * @param row  the case, from 0
     * @param item  the item, from 0
     * @return the rating, or empty if missing
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public OptionalInt value(int row, int item) {
        return present[row][item] ? OptionalInt.of(values[row][item]) : OptionalInt.empty();
    }

    /**
     * Returns the cases with a rating for every item (R's {@code na.omit}).
     *
     * @return the complete cases, not null
     */
    public ItemData completeCases() {
        List<int[]> v = new ArrayList<>();
        List<boolean[]> p = new ArrayList<>();
        for (int r = 0; r < values.length; r++) {
            boolean all = true;
            for (boolean b : present[r]) {
                all &= b;
            }
            if (all) {
                v.add(values[r]);
                p.add(present[r]);
            }
        }
        return new ItemData(items, v.toArray(new int[0][]), p.toArray(new boolean[0][]));
    }

    /** The values as doubles with NaN for missing, for the arithmetic of this package. */
    double[][] matrix() {
        double[][] m = new double[values.length][items.size()];
        for (int r = 0; r < values.length; r++) {
            for (int i = 0; i < items.size(); i++) {
                m[r][i] = present[r][i] ? values[r][i] : Double.NaN;
            }
        }
        return m;
    }

    /**
     * Returns a short description, such as {@code ItemData[8 items, 30 cases]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "ItemData[" + items.size() + " items, " + values.length + " cases]";
    }
}

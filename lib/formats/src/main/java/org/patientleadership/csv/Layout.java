package org.patientleadership.csv;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import org.patientleadership.checklist.ChecklistPoint;

/**
 * The column names a format uses for the parts of an assessment: organisation, date, assessor roles, and a
 * rating and an evidence column per point. Names are lower case. Not part of the API.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param organisation  the organisation column
 * @param date  the date column
 * @param roles  the assessor roles column
 * @param point  the rating column of a point
 * @param evidence  the evidence column of a point
 */
record Layout(String organisation, String date, String roles, IntFunction<String> point,
        IntFunction<String> evidence) {

    /**
     * Gets the columns every file must have: organisation, date and the 40 rating columns.
     *
     * @return the names, in that order, not null
     */
    List<String> required() {
        List<String> names = new ArrayList<>(List.of(organisation, date));
        for (int n = 1; n <= ChecklistPoint.COUNT; n++) {
            names.add(point.apply(n));
        }
        return List.copyOf(names);
    }

    /**
     * Gets every column of an assessment in the order a writer puts them: organisation, date, roles, then each
     * point's rating followed by its evidence.
     *
     * @return the names, not null
     */
    List<String> all() {
        List<String> names = new ArrayList<>(List.of(organisation, date, roles));
        for (int n = 1; n <= ChecklistPoint.COUNT; n++) {
            names.add(point.apply(n));
            names.add(evidence.apply(n));
        }
        return List.copyOf(names);
    }

    /**
     * Gets every column of an assessment as a set.
     *
     * @return the names, in writing order, not null
     */
    Set<String> known() {
        return new LinkedHashSet<>(all());
    }
}

package org.patientleadership.analysis;

import java.util.List;

import org.patientleadership.internal.Checks;

/**
 * Describes the six intraclass correlations of a set of raters, as R's {@code psych::ICC(x, lmer = FALSE)} on
 * the units every rater rated (psych's ANOVA; with complete data psych's default {@code lmer} gives the same
 * unless a variance component would be negative).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param units  {@code n.obs}: the units rated by every rater
 * @param raters  {@code n.judge}: the raters
 * @param forms  the six forms, in {@link IccForm} order; empty when there are fewer than two units or raters
 * @param notes  why figures are empty
 */
public record IntraclassCorrelation(int units, int raters, List<Icc> forms, List<String> notes) {

    /**
     * Creates the figures, copying the lists.
     *
     * @param units  the units
     * @param raters  the raters
     * @param forms  the forms
     * @param notes  the notes
     * @throws NullPointerException if a list is null
     */
    public IntraclassCorrelation {
        forms = List.copyOf(forms);
        notes = List.copyOf(notes);
    }

    /**
     * Finds one form.
     *
     * @param form  the form, not null
     * @return its figures, or empty if none were computed
     */
    public java.util.Optional<Icc> form(IccForm form) {
        Checks.notNull(form, "form");
        return forms.stream().filter(i -> i.form() == form).findFirst();
    }
}

package org.patientleadership.analysis;

import java.util.Optional;
import java.util.OptionalDouble;

import org.patientleadership.internal.Checks;

/**
 * Describes one form of the intraclass correlation: one row of {@code psych::ICC}'s {@code results} table.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param form  the form
 * @param value  {@code ICC}, or empty when undefined (no variation at all)
 * @param f  {@code F}: the F statistic of its test, or empty when the residual variation is zero
 * @param df1  {@code df1}
 * @param df2  {@code df2}
 * @param p  {@code p}: the probability of an F this large if the ICC were 0, or empty with {@code f}
 * @param bounds  {@code lower bound} and {@code upper bound}: the 95% interval, or empty when undefined
 */
public record Icc(IccForm form, OptionalDouble value, OptionalDouble f, double df1, double df2, OptionalDouble p,
        Optional<Interval> bounds) {

    /**
     * Creates one form's figures, checking none is null.
     *
     * @param form  the form
     * @param value  the ICC
     * @param f  the F statistic
     * @param df1  the numerator degrees of freedom
     * @param df2  the denominator degrees of freedom
     * @param p  the p value
     * @param bounds  the interval
     * @throws NullPointerException if an argument is null
     */
    public Icc {
        Checks.notNull(form, "form");
        Checks.notNull(value, "value");
        Checks.notNull(f, "f");
        Checks.notNull(p, "p");
        Checks.notNull(bounds, "bounds");
    }
}

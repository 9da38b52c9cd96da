package org.patientleadership.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Change;
import org.patientleadership.assessment.Cohort;
import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;

/**
 * Describes whether a change of a section score between two assessments is beyond measurement error, by the
 * reliable change index of Jacobson and Truax (1991): {@code RCI = (after − before) / S_diff} with
 * {@code S_diff = √2 × SE} and {@code SE = sd × √(1 − reliability)}. A change is reliable when {@code |RCI| >
 * 1.96} (it would arise from measurement error alone less than 5% of the time).
 *
 * <p>Reliability and spread come from a {@link Basis}: from a cohort ({@link Basis#fromCohort(Iterable,
 * Section)}: raw alpha of the section's items, pairwise, and the sample sd of the cohort's sufficient section
 * scores) or given ({@link Basis#of(double, double, String)}, for example from a published study). Alpha is the
 * reliability of the items' sum; a section score is a linear rescaling of it when every point is rated with
 * equal weights, which leaves reliability unchanged.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param before  the earlier score
 * @param after  the later score
 * @param basis  the reliability and spread used
 * @param standardError  {@code S_diff}, the standard error of a difference, above 0
 * @param index  the reliable change index
 */
public record ReliableChange(double before, double after, Basis basis, double standardError, double index) {

    /** The two-sided 95% criterion of Jacobson and Truax. */
    public static final double CRITERION = 1.96;

    /**
     * Creates the figures, checking they are finite.
     *
     * @param before  the earlier score
     * @param after  the later score
     * @param basis  the basis, not null
     * @param standardError  the standard error of a difference
     * @param index  the index
     * @throws IllegalArgumentException if a number is not finite or the standard error not above 0
     */
    public ReliableChange {
        Checks.notNull(basis, "basis");
        if (!Double.isFinite(before) || !Double.isFinite(after) || !Double.isFinite(index)
                || !(standardError > 0) || !Double.isFinite(standardError)) {
            throw new IllegalArgumentException("Reliable change needs finite scores, index and a standard error "
                    + "above 0, not " + before + ", " + after + ", " + index + ", " + standardError);
        }
    }

    /**
     * Gets the change, after minus before.
     *
     * @return the difference in score points
     */
    public double difference() {
        return after - before;
    }

    /**
     * Checks if the change is beyond measurement error, {@code |RCI| > 1.96}.
     *
     * @return true if reliable
     */
    public boolean isReliable() {
        return Math.abs(index) > CRITERION;
    }

    /**
     * Says in plain words whether the change is real, such as "A change of +12.5 points is beyond measurement
     * error (reliable change index 2.31; it needs 1.96)".
     *
     * @return a sentence, not null
     */
    public String summary() {
        String change = String.format(Locale.ROOT, "%+.1f", difference());
        String rci = String.format(Locale.ROOT, "%.2f", index);
        return isReliable()
                ? "A change of " + change + " points is beyond measurement error (reliable change index " + rci
                        + "; it needs more than 1.96 either way)."
                : "A change of " + change + " points is within measurement error (reliable change index " + rci
                        + "; it would need more than 1.96 either way), so it may not be a real change.";
    }

    /**
     * Models the reliability and spread of a section's score used for reliable change, and where they come from.
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param reliability  the reliability of the score, from 0 (inclusive) to 1 (exclusive)
     * @param sd  the standard deviation of the score in the reference group, above 0
     * @param source  where the two come from, in words, not blank
     */
    public record Basis(double reliability, double sd, String source) {

        /**
         * Creates a basis, checking its figures.
         *
         * @param reliability  from 0 to below 1
         * @param sd  above 0
         * @param source  not blank
         * @throws AnalysisException if the reliability is outside 0 to below 1 or the sd not above 0
         */
        public Basis {
            if (!(reliability >= 0 && reliability < 1)) {
                throw new AnalysisException("Reliable change needs a reliability from 0 up to (not including) 1, "
                        + "not " + reliability + (reliability < 0 ? "; a negative alpha means the items do not "
                        + "measure one thing" : ""));
            }
            if (!(sd > 0) || !Double.isFinite(sd)) {
                throw new AnalysisException("Reliable change needs a standard deviation above 0, not " + sd);
            }
            source = Checks.notBlank(source, "source");
        }

        /**
         * Obtains a basis from given figures.
         *
         * @param reliability  the reliability, from 0 to below 1
         * @param sd  the standard deviation, above 0
         * @param source  where they come from, not blank
         * @return the basis, not null
         * @throws AnalysisException if a figure is out of range
         */
        public static Basis of(double reliability, double sd, String source) {
            return new Basis(reliability, sd, source);
        }

        /**
         * Obtains a basis from a cohort of assessments: raw alpha of the section's points ({@link ItemAnalysis},
         * pairwise) and the sample standard deviation of the cohort's sufficient section scores
         * ({@link Cohort}).
         *
         * @param cohort  the assessments, not null, all on one scale
         * @param section  the section, not null
         * @return the basis, or empty when alpha or the sd is undefined or alpha is negative
         * @throws IllegalArgumentException if the assessments are on different scales
         */
        public static Optional<Basis> fromCohort(Iterable<Assessment> cohort, Section section) {
            Checks.notNull(cohort, "cohort");
            Checks.notNull(section, "section");
            List<Assessment> list = new java.util.ArrayList<>();
            cohort.forEach(list::add);
            ItemAnalysis items = ItemAnalysis.of(ItemData.of(list, section));
            var sd = Cohort.of(list).sections().get(section).scores().standardDeviation();
            if (items.total().rawAlpha().isEmpty() || sd.isEmpty()) {
                return Optional.empty();
            }
            double alpha = items.total().rawAlpha().getAsDouble();
            if (alpha < 0 || alpha >= 1 || !(sd.getAsDouble() > 0)) {
                return Optional.empty();
            }
            return Optional.of(new Basis(alpha, sd.getAsDouble(), String.format(Locale.ROOT, "cohort of %d "
                    + "assessments: raw alpha %.3f of section %d, sd %.2f of its scores", list.size(), alpha,
                    section.number(), sd.getAsDouble())));
        }

        /**
         * Assesses a change between two scores.
         *
         * @param before  the earlier score, finite
         * @param after  the later score, finite
         * @return the reliable change, not null
         * @throws IllegalArgumentException if a score is not finite
         */
        public ReliableChange change(double before, double after) {
            double se = sd * Math.sqrt(1 - reliability);
            double sdiff = Math.sqrt(2 * se * se);
            return new ReliableChange(before, after, this, sdiff, (after - before) / sdiff);
        }

        /**
         * Assesses the change of a section between two assessments, scoring both with
         * {@link org.patientleadership.assessment.ScoringOptions#DEFAULT} (as {@link Change#between(Assessment,
         * Assessment)} does).
         *
         * @param change  the change, not null
         * @param section  the section, not null
         * @return the reliable change, or empty if either section score is insufficient
         */
        public Optional<ReliableChange> change(Change change, Section section) {
            Checks.notNull(change, "change");
            Checks.notNull(section, "section");
            if (change.sections().get(section).isEmpty()) {
                return Optional.empty();
            }
            var before = org.patientleadership.assessment.Scoring.score(change.before()).section(section).value();
            var after = org.patientleadership.assessment.Scoring.score(change.after()).section(section).value();
            return Optional.of(change(before.getAsDouble(), after.getAsDouble()));
        }
    }
}

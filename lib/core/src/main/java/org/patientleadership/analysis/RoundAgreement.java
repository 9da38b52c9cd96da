package org.patientleadership.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;

/**
 * Describes how far the raters of a {@link RatingRound} agree, over the 40 points: Krippendorff's ordinal alpha
 * (any number of raters, points a rater left out or marked not applicable are missing) for the checklist and per
 * section, the intraclass correlations over the points every rater rated, and weighted kappa when there are
 * exactly two raters.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param raters  how many raters
 * @param ordinalAlpha  Krippendorff's ordinal alpha over all points
 * @param sections  Krippendorff's ordinal alpha per section
 * @param icc  the intraclass correlations
 * @param kappa  Cohen's kappa, present only with exactly two raters
 * @param notes  why figures are empty
 */
public record RoundAgreement(int raters, KrippendorffAlpha ordinalAlpha, Map<Section, KrippendorffAlpha> sections,
        IntraclassCorrelation icc, Optional<Kappa> kappa, List<String> notes) {

    /** Krippendorff's threshold for relying on data (2004, p. 241). */
    public static final double RELIABLE = 0.800;
    /** Krippendorff's threshold for tentative conclusions. */
    public static final double TENTATIVE = 0.667;

    /**
     * Creates the figures, copying the collections.
     *
     * @param raters  the raters
     * @param ordinalAlpha  the ordinal alpha, not null
     * @param sections  the section alphas
     * @param icc  the ICCs, not null
     * @param kappa  the kappa
     * @param notes  the notes
     * @throws NullPointerException if an argument is null
     */
    public RoundAgreement {
        Checks.notNull(ordinalAlpha, "ordinalAlpha");
        sections = java.util.Collections.unmodifiableMap(new EnumMap<>(sections));
        Checks.notNull(icc, "icc");
        Checks.notNull(kappa, "kappa");
        notes = List.copyOf(notes);
    }

    /**
     * Says in plain words how far the raters agree, from Krippendorff's ordinal alpha and his thresholds
     * ({@value #RELIABLE} to rely on the ratings, {@value #TENTATIVE} for tentative conclusions).
     *
     * @return a sentence, not null
     */
    public String summary() {
        if (ordinalAlpha.value().isEmpty()) {
            return "Agreement cannot be measured: " + String.join(" ", ordinalAlpha.notes());
        }
        double a = ordinalAlpha.value().getAsDouble();
        String words = a >= RELIABLE ? "agree closely" : a >= TENTATIVE ? "agree in part" : "agree little";
        String advice = a >= RELIABLE ? "the joint ratings can be relied on."
                : a >= TENTATIVE ? "treat the joint ratings as tentative."
                : "talk through the ratings before relying on them.";
        return "The " + raters + " raters " + words + " (Krippendorff's ordinal alpha "
                + String.format(Locale.ROOT, "%.2f", a) + "): " + advice;
    }
}

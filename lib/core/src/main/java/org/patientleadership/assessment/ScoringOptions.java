package org.patientleadership.assessment;

import java.util.Map;
import java.util.TreeMap;

import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;

/**
 * Holds the choices that scoring takes explicitly: the minimum coverage below which a score is reported as
 * insufficient data, optional weights per point and per section, and the {@link BandScheme}.
 *
 * <p>Defaults ({@link #DEFAULT}): minimum coverage 0.5 (at least half of the applicable points answered),
 * every weight 1, and {@link BandScheme#STANDARD}. A point's weight in a section score is its point weight;
 * in the overall score it is its point weight times its section's weight.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param minimumCoverage  the minimum share of applicable points that must be answered, from 0 to 1
 * @param pointWeights  weights by point number; points not listed weigh 1; each weight above 0
 * @param sectionWeights  weights by section; sections not listed weigh 1; each weight above 0
 * @param bands  the band scheme, not null
 */
public record ScoringOptions(double minimumCoverage, Map<Integer, Double> pointWeights,
        Map<Section, Double> sectionWeights, BandScheme bands) {

    /**
     * The smallest weight allowed. Weights are kept within {@code MIN_WEIGHT} to {@link #MAX_WEIGHT} so that a
     * point weight times a section weight can never underflow or overflow a {@code double}.
     */
    public static final double MIN_WEIGHT = 0.001;
    /** The largest weight allowed; see {@link #MIN_WEIGHT}. */
    public static final double MAX_WEIGHT = 1000;

    /** The defaults: coverage 0.5, equal weights, standard bands. */
    public static final ScoringOptions DEFAULT = new ScoringOptions(0.5, Map.of(), Map.of(), BandScheme.STANDARD);

    /**
     * Creates options, checking them.
     *
     * @param minimumCoverage  from 0 to 1
     * @param pointWeights  weights from 0.001 to 1000 for points 1 to 40
     * @param sectionWeights  weights from 0.001 to 1000
     * @param bands  the band scheme, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is out of range
     */
    public ScoringOptions {
        if (!(minimumCoverage >= 0 && minimumCoverage <= 1)) {
            throw new IllegalArgumentException("Minimum coverage " + minimumCoverage + " is outside 0 to 1");
        }
        java.util.Objects.requireNonNull(pointWeights, "pointWeights");
        java.util.Objects.requireNonNull(sectionWeights, "sectionWeights");
        java.util.Objects.requireNonNull(bands, "bands");
        pointWeights.forEach((p, w) -> {
            if (p < 1 || p > ChecklistPoint.COUNT) {
                throw new AssessmentException("Weight given for unknown point " + p + "; allowed: 1 to 40", 0,
                        java.util.List.of("1 to 40"));
            }
            checkWeight(w, "point " + p);
        });
        sectionWeights.forEach((s, w) -> checkWeight(w, "section " + s.number()));
        pointWeights = Map.copyOf(new TreeMap<>(pointWeights));
        sectionWeights = Map.copyOf(sectionWeights);
    }

    private static void checkWeight(Double w, String what) {
        if (w == null || !(w >= MIN_WEIGHT && w <= MAX_WEIGHT)) {
            throw new IllegalArgumentException("Weight for " + what + " must be from " + MIN_WEIGHT + " to "
                    + MAX_WEIGHT + ", not " + w);
        }
    }

    /**
     * Returns a copy with another minimum coverage.
     *
     * @param coverage  from 0 to 1
     * @return the copy, not null
     */
    public ScoringOptions withMinimumCoverage(double coverage) {
        return new ScoringOptions(coverage, pointWeights, sectionWeights, bands);
    }

    /**
     * Returns a copy with a weight for one point.
     *
     * @param point  the point number, from 1 to 40
     * @param weight  the weight, above 0
     * @return the copy, not null
     */
    public ScoringOptions withPointWeight(int point, double weight) {
        Map<Integer, Double> copy = new TreeMap<>(pointWeights);
        copy.put(point, weight);
        return new ScoringOptions(minimumCoverage, copy, sectionWeights, bands);
    }

    /**
     * Returns a copy with another band scheme.
     *
     * @param scheme  the scheme, not null
     * @return the copy, not null
     */
    public ScoringOptions withBands(BandScheme scheme) {
        return new ScoringOptions(minimumCoverage, pointWeights, sectionWeights, scheme);
    }

    /**
     * Gets the weight of a point.
     *
     * @param point  the point number
     * @return the weight, 1 unless set
     */
    public double pointWeight(int point) {
        return pointWeights.isEmpty() ? 1.0 : pointWeights.getOrDefault(point, 1.0);
    }

    /**
     * Gets the weight of a section in the overall score.
     *
     * @param section  the section, not null
     * @return the weight, 1 unless set
     */
    public double sectionWeight(Section section) {
        return sectionWeights.isEmpty() ? 1.0 : sectionWeights.getOrDefault(section, 1.0);
    }
}

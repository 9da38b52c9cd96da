package org.patientleadership.assessment;

import java.util.Map;

/**
 * Describes how a cohort rated one point: the summary of the ratings, how many gave each rating, and how many
 * marked it not applicable or left it unanswered.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param point  the point number
 * @param ratings  the summary of the ratings given
 * @param distribution  how many assessments gave each rating value, in value order (values never given are
 *     absent)
 * @param notApplicable  how many marked the point not applicable
 * @param unanswered  how many left it unanswered
 */
public record PointStatistics(int point, Summary ratings, Map<Integer, Long> distribution, long notApplicable,
        long unanswered) {

    /**
     * Creates the statistics, copying the distribution.
     *
     * @param point  the point number
     * @param ratings  the summary
     * @param distribution  the distribution
     * @param notApplicable  the not-applicable count
     * @param unanswered  the unanswered count
     */
    public PointStatistics {
        distribution = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(distribution));
    }
}

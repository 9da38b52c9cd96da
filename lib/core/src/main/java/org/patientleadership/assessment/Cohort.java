package org.patientleadership.assessment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;

import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;

/**
 * Computes statistics over many assessments: per point (summary and distribution of ratings), per section
 * (summary of scores and Cronbach's alpha) and overall.
 *
 * <p>Assessments are read once, in one pass, from any {@link Iterable} (a list, or a stream's
 * {@code ::iterator}). Memory grows with the number of assessments only through the section and overall
 * scores kept for medians (a few numbers each); the answers themselves are not kept. Ratings are summarised as
 * given, so mixing assessments on different scales mixes their values; alpha uses only assessments on the
 * scale of the first one.
 *
 * <p>To summarise a cohort in parts, on several cores or in a map-reduce engine, use {@link #collector()} with a
 * (parallel) stream, or fill one {@link CohortAccumulator} per part and {@link CohortAccumulator#merge merge}
 * them: the result equals that of {@link #of(Iterable)} over all the assessments.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param size  how many assessments
 * @param points  statistics for each point, in point order
 * @param sections  statistics for each section, in section order
 * @param overall  the summary of the sufficient overall scores
 */
public record Cohort(long size, List<PointStatistics> points, Map<Section, SectionStatistics> sections,
        Summary overall) {

    /**
     * Creates the statistics, copying the collections.
     *
     * @param size  the number of assessments
     * @param points  the point statistics
     * @param sections  the section statistics
     * @param overall  the overall summary
     */
    public Cohort {
        points = List.copyOf(points);
        sections = java.util.Collections.unmodifiableMap(new EnumMap<>(sections));
    }

    /**
     * Computes the statistics of a cohort, scoring each assessment with {@link ScoringOptions#DEFAULT}.
     *
     * @param assessments  the assessments, not null, none null; a stream can be passed as
     *     {@code stream::iterator}
     * @return the statistics, not null
     */
    public static Cohort of(Iterable<Assessment> assessments) {
        return of(assessments, ScoringOptions.DEFAULT);
    }

    /**
     * Computes the statistics of a cohort, scoring each assessment with the given options.
     *
     * @param assessments  the assessments, not null, none null
     * @param options  the scoring options, not null
     * @return the statistics, not null
     */
    public static Cohort of(Iterable<Assessment> assessments, ScoringOptions options) {
        Checks.notNull(assessments, "assessments");
        CohortAccumulator acc = CohortAccumulator.create(options);
        for (Assessment a : assessments) {
            acc.add(a);
        }
        return acc.toCohort();
    }

    /**
     * Obtains a collector that computes the statistics of a stream of assessments, scoring each with
     * {@link ScoringOptions#DEFAULT}. The collector works on parallel streams: each thread fills its own
     * {@link CohortAccumulator} and the partial accumulators are merged, which gives exactly the statistics of
     * {@link #of(Iterable)} over the stream's encounter order.
     *
     * @return the collector, not null
     */
    public static Collector<Assessment, CohortAccumulator, Cohort> collector() {
        return collector(ScoringOptions.DEFAULT);
    }

    /**
     * Obtains a collector that computes the statistics of a stream of assessments, scoring each with the given
     * options; see {@link #collector()}.
     *
     * @param options  the scoring options, not null
     * @return the collector, not null
     */
    public static Collector<Assessment, CohortAccumulator, Cohort> collector(ScoringOptions options) {
        Checks.notNull(options, "options");
        return Collector.of(() -> CohortAccumulator.create(options), CohortAccumulator::add,
                CohortAccumulator::merge, CohortAccumulator::toCohort);
    }

    /**
     * Gets the statistics of a point.
     *
     * @param point  the point number, from 1 to 40
     * @return the statistics, not null
     */
    public PointStatistics point(int point) {
        Checks.inRange(point, 1, ChecklistPoint.COUNT, "checklist point number");
        return points.get(point - 1);
    }
}

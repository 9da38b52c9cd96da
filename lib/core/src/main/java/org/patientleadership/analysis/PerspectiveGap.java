package org.patientleadership.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.patientleadership.internal.Checks;

/**
 * Describes how far the ratings of one perspective sit from another's in a {@link RatingRound}, per point (in
 * levels of the scale) and per section (in score points), ranked with the largest gap first, and says it in a
 * sentence such as "Staff rate the organisation higher than patient leaders on points 17, 18 and 23 (by 1 level
 * or more)".
 *
 * <p>A gap is the first perspective's mean minus the second's, over the raters of each who rated the point (or
 * have a sufficient section score). Points and sections without both are ranked last, in their order.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param first  the first perspective, such as staff
 * @param second  the second perspective, such as patient leaders
 * @param threshold  the gap, in levels, from which a point is named in the {@link #summary()}; above 0
 * @param points  the 40 points, ranked
 * @param sections  the six sections, ranked
 */
public record PerspectiveGap(Perspective first, Perspective second, double threshold, List<PointGap> points,
        List<SectionGap> sections) {

    /**
     * Creates a gap, copying the lists.
     *
     * @param first  the first perspective, not null
     * @param second  the second perspective, not null
     * @param threshold  the threshold, finite and above 0
     * @param points  the points
     * @param sections  the sections
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the threshold is not above 0
     */
    public PerspectiveGap {
        Checks.notNull(first, "first");
        Checks.notNull(second, "second");
        if (!(threshold > 0) || !Double.isFinite(threshold)) {
            throw new IllegalArgumentException("The gap threshold must be above 0 levels, not " + threshold);
        }
        points = List.copyOf(points);
        sections = List.copyOf(sections);
    }

    /**
     * Ranks gaps: the largest absolute gap first, ties and undefined gaps in their given order.
     *
     * @param <T>  the kind of gap
     * @param gaps  the gaps in their natural order
     * @param gap  gets a gap's value
     * @return the ranked copy
     */
    static <T> List<T> rank(List<T> gaps, Function<T, OptionalDouble> gap) {
        List<T> ranked = new ArrayList<>(gaps);
        ranked.sort(Comparator.comparingDouble(t -> {
            OptionalDouble g = gap.apply(t);
            return g.isPresent() ? -Math.abs(g.getAsDouble()) : Double.POSITIVE_INFINITY;
        }));
        return ranked;
    }

    /**
     * Lists the points the first perspective rates higher by at least the threshold, in point order.
     *
     * @return the point numbers, not null
     */
    public List<Integer> firstHigher() {
        return named(1);
    }

    /**
     * Lists the points the second perspective rates higher by at least the threshold, in point order.
     *
     * @return the point numbers, not null
     */
    public List<Integer> secondHigher() {
        return named(-1);
    }

    private List<Integer> named(int sign) {
        return points.stream().filter(p -> p.gap().isPresent() && sign * p.gap().getAsDouble() >= threshold - 1e-9)
                .map(PointGap::point).sorted().toList();
    }

    /**
     * Says in plain words where the two perspectives differ by at least the threshold.
     *
     * @return one or two sentences, not null
     */
    public String summary() {
        boolean any = points.stream().anyMatch(p -> p.gap().isPresent());
        if (!any) {
            return "There is no gap to show: no point was rated by both " + first.plural() + " and "
                    + second.plural() + ".";
        }
        String by = " (by " + levels(threshold) + " or more).";
        List<String> sentences = new ArrayList<>();
        if (!firstHigher().isEmpty()) {
            sentences.add(first.title() + " rate the organisation higher than " + second.plural() + " on "
                    + list(firstHigher()) + by);
        }
        if (!secondHigher().isEmpty()) {
            sentences.add(second.title() + " rate the organisation higher than " + first.plural() + " on "
                    + list(secondHigher()) + by);
        }
        if (sentences.isEmpty()) {
            return first.title() + " and " + second.plural() + " rate every point within " + levels(threshold)
                    + " of each other.";
        }
        return String.join(" ", sentences);
    }

    private static String levels(double threshold) {
        String n = threshold == Math.rint(threshold) ? Long.toString((long) threshold)
                : String.format(Locale.ROOT, "%.1f", threshold);
        return n + (threshold == 1 ? " level" : " levels");
    }

    private static String list(List<Integer> points) {
        if (points.size() == 1) {
            return "point " + points.get(0);
        }
        List<String> s = points.stream().map(String::valueOf).toList();
        return "points " + String.join(", ", s.subList(0, s.size() - 1)) + " and " + s.get(s.size() - 1);
    }
}

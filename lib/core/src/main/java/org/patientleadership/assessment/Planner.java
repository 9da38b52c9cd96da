package org.patientleadership.assessment;

import java.util.ArrayList;
import java.util.List;

import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;

/**
 * Makes a {@link Plan} from a {@link PlanRequest}: ranks the candidates with the request's
 * {@link RecommendationPolicy} and arranges them in three {@link Horizon}s.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li><b>Candidates</b> are the points rated below the top of the scale and not skipped; points at the top,
 *       not applicable, unanswered or skipped are never planned. Every candidate is planned.</li>
 *   <li><b>Now</b> takes, best score first, up to {@link PlanRequest#nowSize()} candidates none of whose
 *       prerequisites is planned, at most {@link PlanRequest#sectionCap()} of one section; the cap is lifted
 *       only when every candidate is in one section.</li>
 *   <li><b>Next</b> takes, best score first, up to {@link PlanRequest#nextSize()} of the rest whose planned
 *       prerequisites are all in Now.</li>
 *   <li><b>Later</b> holds the rest, best score first except that a point always comes after the planned
 *       points it rests on.</li>
 * </ol>
 * So no point is planned before an unfinished prerequisite. The rating to aim for is the next level of the
 * scale, or the earlier rating when the point fell back further than that.
 *
 * <p>This class is immutable and thread-safe: its methods are pure functions.
 */
public final class Planner {

    private Planner() {
    }

    /**
     * Plans from one assessment with the standard policy and the default shape.
     *
     * @param assessment  the assessment, not null
     * @return the plan, not null
     */
    public static Plan plan(Assessment assessment) {
        return plan(PlanRequest.of(assessment));
    }

    /**
     * Plans from a request.
     *
     * @param request  the request, not null
     * @return the plan, not null
     */
    public static Plan plan(PlanRequest request) {
        Checks.notNull(request, "request");
        Assessment a = request.assessment();
        RecommendationPolicy policy = request.policy();
        Scores scores = Scoring.score(a, request.options());
        boolean[] skip = request.flags(request.skip());
        List<PriorityScore> ranked = policy.rank(a, scores, request.earlier().orElse(null),
                request.flags(request.focus()), skip);
        int n = ChecklistPoint.COUNT + 1;
        boolean[] planned = new boolean[n];
        long sections = 0;
        for (PriorityScore s : ranked) {
            planned[s.point()] = true;
            sections |= 1L << Section.containing(s.point()).ordinal();
        }
        boolean capApplies = Long.bitCount(sections) > 1;
        Horizon[] horizonOf = new Horizon[n];
        List<PriorityScore> order = new ArrayList<>(ranked.size());
        int[] perSection = new int[Section.values().length];
        for (PriorityScore s : ranked) {
            if (order.size() == request.nowSize()) {
                break;
            }
            int section = Section.containing(s.point()).ordinal();
            if (blocked(policy, s.point(), planned, horizonOf, null)
                    || (capApplies && perSection[section] >= request.sectionCap())) {
                continue;
            }
            perSection[section]++;
            horizonOf[s.point()] = Horizon.NOW;
            order.add(s);
        }
        int next = 0;
        for (PriorityScore s : ranked) {
            if (next == request.nextSize()) {
                break;
            }
            if (horizonOf[s.point()] == null && !blocked(policy, s.point(), planned, horizonOf, Horizon.NOW)) {
                horizonOf[s.point()] = Horizon.NEXT;
                order.add(s);
                next++;
            }
        }
        List<PriorityScore> rest = new ArrayList<>();
        ranked.stream().filter(s -> horizonOf[s.point()] == null).forEach(rest::add);
        while (!rest.isEmpty()) {
            for (int i = 0; i < rest.size(); i++) {
                PriorityScore s = rest.get(i);
                if (!blocked(policy, s.point(), planned, horizonOf, Horizon.LATER)) {
                    horizonOf[s.point()] = Horizon.LATER;
                    order.add(s);
                    rest.remove(i);
                    break;
                }
            }
        }
        List<PlanItem> items = new ArrayList<>(order.size());
        for (PriorityScore s : order) {
            items.add(item(items.size() + 1, horizonOf[s.point()], s, request, scores, planned, skip));
        }
        return new Plan(a.organisation(), a.date(), request.earlier().map(Assessment::date), items,
                request.focus(), request.skip());
    }

    /**
     * Checks if a point must wait: some planned prerequisite is not yet placed in a horizon up to {@code upTo}
     * (null: any planned prerequisite blocks).
     */
    private static boolean blocked(RecommendationPolicy policy, int point, boolean[] planned, Horizon[] horizonOf,
            Horizon upTo) {
        for (int r : policy.requiresArray(point)) {
            if (planned[r] && (upTo == null || horizonOf[r] == null || horizonOf[r].compareTo(upTo) > 0)) {
                return true;
            }
        }
        return false;
    }

    private static PlanItem item(int position, Horizon horizon, PriorityScore s, PlanRequest request,
            Scores scores, boolean[] planned, boolean[] skip) {
        Assessment a = request.assessment();
        RatingScale scale = a.scale();
        ChecklistPoint point = Checklist.point(s.point());
        int rating = s.rating();
        int aim = rating;
        for (RatingLevel l : scale.levels()) {
            if (l.value() > rating) {
                aim = l.value();
                break;
            }
        }
        List<String> reasons = new ArrayList<>();
        for (FactorContribution f : s.factors()) {
            reasons.add(reason(f, s, point, scale, scores, request));
            if (f.factor() == PriorityFactor.FELL_BACK) {
                aim = Math.max(aim, earlierRating(request, s.point()));
            }
        }
        List<Integer> after = new ArrayList<>();
        for (int r : request.policy().requiresArray(s.point())) {
            ChecklistPoint p = Checklist.point(r);
            if (planned[r]) {
                after.add(r);
                reasons.add("It comes after " + p.title() + " (point " + r + "), which it rests on.");
            } else if (skip[r]) {
                reasons.add("It rests on " + p.title() + " (point " + r + "), which is skipped this year.");
            } else if (a.answer(r).isEmpty()) {
                reasons.add("It rests on " + p.title() + " (point " + r + "), which is not rated yet: rate that "
                        + "first.");
            }
        }
        return new PlanItem(position, horizon, point, rating, ratingText(scale, rating, s.point()), aim,
                "aim for " + levelText(scale, aim, s.point()), s, reasons, after);
    }

    private static int earlierRating(PlanRequest request, int point) {
        return request.earlier().flatMap(e -> e.answer(point)).map(x -> x.rating().getAsInt()).orElseThrow();
    }

    private static String reason(FactorContribution f, PriorityScore s, ChecklistPoint point, RatingScale scale,
            Scores scores, PlanRequest request) {
        switch (f.factor()) {
            case GAP:
                int above = 0;
                for (RatingLevel l : scale.levels()) {
                    if (l.value() > s.rating()) {
                        above++;
                    }
                }
                return "It is " + above + (above == 1 ? " level" : " levels") + " below the top of the scale.";
            case SECTION_WEAKNESS:
                Section section = point.section();
                return "Its section (" + section.number() + ". " + section.displayName() + ") scores "
                        + Math.round(scores.section(section).value().orElse(0) * 10) / 10.0
                        + ", below the other sections' average.";
            case PREREQUISITE:
                String[] which = commaList(f.detail());
                return (which.length == 1 ? "Point " + which[0] + " rests on it and is"
                        : "Points " + and(which) + " rest on it and are") + " not finished.";
            case FELL_BACK:
                int before = earlierRating(request, s.point());
                return "It fell back from " + levelText(scale, before, s.point()) + " to "
                        + levelText(scale, s.rating(), s.point()) + " since the assessment of "
                        + request.earlier().orElseThrow().date() + ".";
            case NO_EVIDENCE:
                return "No evidence was noted for its rating: check the rating.";
            case FOCUS:
                return "You chose it as a focus this year.";
            default:
                throw new AssertionError("bug: no reason for " + f.factor());
        }
    }

    /** Splits "27, 28, 33" without a regular expression (this runs for every planned prerequisite). */
    private static String[] commaList(String text) {
        List<String> parts = new ArrayList<>(4);
        int from = 0;
        for (int at = text.indexOf(','); at >= 0; at = text.indexOf(',', from)) {
            parts.add(text.substring(from, at).strip());
            from = at + 1;
        }
        parts.add(text.substring(from).strip());
        return parts.toArray(new String[0]);
    }

    private static String and(String[] items) {
        StringBuilder b = new StringBuilder(items[0]);
        for (int i = 1; i < items.length; i++) {
            b.append(i == items.length - 1 ? " and " : ", ").append(items[i]);
        }
        return b.toString();
    }

    static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * Gives a rating in words, such as {@code rated 1 (planned) out of 4}.
     *
     * @param scale  the scale, not null
     * @param rating  a value of the scale
     * @param point  the point, for the message if the value is off the scale
     * @return the words, not null
     */
    static String ratingText(RatingScale scale, int rating, int point) {
        return "rated " + levelText(scale, rating, point) + " out of " + scale.max();
    }

    private static String levelText(RatingScale scale, int value, int point) {
        return value + " (" + scale.level(value, point).label() + ")";
    }
}

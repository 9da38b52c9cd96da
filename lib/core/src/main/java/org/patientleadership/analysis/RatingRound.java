package org.patientleadership.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingLevel;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.assessment.Score;
import org.patientleadership.assessment.Scores;
import org.patientleadership.assessment.Scoring;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;

/**
 * Models one assessment round of an organisation with several raters, each rating the 40 points from their
 * own {@link Perspective}, and what can be said from it: a {@linkplain #consensus() consensus assessment},
 * {@linkplain #agreement() agreement} statistics and the {@linkplain #gap(Perspective, Perspective) perspective
 * gap}.
 *
 * <p>Validation at construction: at least one rater, names unique, every assessment of the same organisation
 * and on the same rating scale; otherwise an {@link AnalysisException} names the rater and the rule.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param raters  the raters, in the order given
 */
public record RatingRound(List<Rater> raters) {

    /**
     * Creates a round, checking the raters.
     *
     * @param raters  the raters, at least one, not null
     * @throws NullPointerException if the list or a rater is null
     * @throws AnalysisException if there is no rater, a name repeats, or the organisations or scales differ
     */
    public RatingRound {
        raters = List.copyOf(Checks.noNullItems(raters, "raters"));
        if (raters.isEmpty()) {
            throw new AnalysisException("A rating round needs at least one rater");
        }
        Set<String> names = new HashSet<>();
        Rater first = raters.get(0);
        for (Rater r : raters) {
            if (!names.add(r.name())) {
                throw new AnalysisException("Rater '" + r.name() + "' is named twice; give each rater a unique "
                        + "name or code");
            }
            if (!r.assessment().organisation().equals(first.assessment().organisation())) {
                throw new AnalysisException("Rater '" + r.name() + "' assessed '" + r.assessment().organisation()
                        + "', but '" + first.name() + "' assessed '" + first.assessment().organisation()
                        + "'; a round rates one organisation");
            }
            if (!r.assessment().scale().equals(first.assessment().scale())) {
                throw new AnalysisException("Rater '" + r.name() + "' rated on the scale '"
                        + r.assessment().scale().id() + "', but '" + first.name() + "' on '"
                        + first.assessment().scale().id() + "'; every rater of a round uses one scale");
            }
        }
    }

    /**
     * Obtains a round from its raters.
     *
     * @param raters  the raters, at least one
     * @return the round, not null
     * @throws AnalysisException if the raters break a rule of the round
     */
    public static RatingRound of(Rater... raters) {
        return new RatingRound(Arrays.asList(Checks.notNull(raters, "raters")));
    }

    /**
     * Gets the organisation rated.
     *
     * @return the organisation, not null
     */
    public String organisation() {
        return raters.get(0).assessment().organisation();
    }

    /**
     * Gets the rating scale of the round.
     *
     * @return the scale, not null
     */
    public RatingScale scale() {
        return raters.get(0).assessment().scale();
    }

    /**
     * Gives the ratings as item data for {@link Agreement}: one column per rater (named by the rater), one row
     * per point; a point a rater marked not applicable or left unanswered is missing.
     *
     * @param section  the section whose points to give, or empty for all 40
     * @return the data, not null
     */
    public ItemData ratings(Optional<Section> section) {
        Checks.notNull(section, "section");
        int from = section.map(Section::firstPoint).orElse(1);
        int to = section.map(Section::lastPoint).orElse(ChecklistPoint.COUNT);
        List<List<Integer>> rows = new ArrayList<>();
        for (int p = from; p <= to; p++) {
            List<Integer> row = new ArrayList<>();
            for (Rater r : raters) {
                Optional<Answer> a = r.assessment().answer(p);
                row.add(a.isPresent() && a.get().rating().isPresent() ? a.get().rating().getAsInt() : null);
            }
            rows.add(row);
        }
        return ItemData.of(raters.stream().map(Rater::name).toList(), rows);
    }

    /**
     * Gives the consensus assessment of the round. The rule, per point, over the raters who answered it: not
     * applicable when more than half of them marked it so; otherwise the median of the ratings given, the lower
     * of the middle two when their number is even (so the consensus is always a level of the scale and never
     * claims more than half the raters gave). A point nobody answered stays unanswered. A note of evidence is
     * kept only when a single rater answered the point. The consensus is dated on the latest rater's date and
     * lists every assessor role of the raters. With one rater, the consensus is that rater's assessment.
     *
     * @return the consensus, not null
     */
    public Assessment consensus() {
        LocalDate date = raters.stream().map(r -> r.assessment().date()).max(LocalDate::compareTo).orElseThrow();
        Set<String> roles = new LinkedHashSet<>();
        raters.forEach(r -> roles.addAll(r.assessment().assessorRoles()));
        List<Answer> answers = new ArrayList<>();
        for (int p = 1; p <= ChecklistPoint.COUNT; p++) {
            List<Answer> given = new ArrayList<>();
            for (Rater r : raters) {
                r.assessment().answer(p).ifPresent(given::add);
            }
            if (given.isEmpty()) {
                continue;
            }
            if (given.size() == 1) {
                answers.add(given.get(0));
                continue;
            }
            long na = given.stream().filter(Answer::isNotApplicable).count();
            if (na * 2 > given.size()) {
                answers.add(Answer.notApplicable(p));
            } else {
                int[] ratings = given.stream().filter(a -> !a.isNotApplicable())
                        .mapToInt(a -> a.rating().getAsInt()).sorted().toArray();
                answers.add(Answer.rated(p, ratings[(ratings.length - 1) / 2]));
            }
        }
        return new Assessment(organisation(), date, List.copyOf(roles), scale(), answers);
    }

    /**
     * Computes the agreement of the raters (see {@link RoundAgreement}). With one rater every figure is empty
     * and the notes say that agreement needs two.
     *
     * @return the agreement, not null
     */
    public RoundAgreement agreement() {
        ItemData all = ratings(Optional.empty());
        Map<Section, KrippendorffAlpha> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            sections.put(s, Agreement.krippendorff(ratings(Optional.of(s)), Metric.ORDINAL));
        }
        Optional<Kappa> kappa = raters.size() == 2
                ? Optional.of(Agreement.kappa(all, scale().levels().stream().map(RatingLevel::value).toList()))
                : Optional.empty();
        List<String> notes = new ArrayList<>();
        if (raters.size() < 2) {
            notes.add("Agreement needs at least two raters; this round has one.");
        } else if (raters.size() > 2) {
            notes.add("Cohen's kappa compares two raters; this round has " + raters.size()
                    + ", so Krippendorff's alpha and the intraclass correlations stand for it.");
        }
        return new RoundAgreement(raters.size(), Agreement.krippendorff(all, Metric.ORDINAL), sections,
                Agreement.icc(all), kappa, notes);
    }

    /**
     * Computes the gap between staff and patient leaders, naming points that differ by one level or more.
     *
     * @return the gap, not null
     */
    public PerspectiveGap gap() {
        return gap(Perspective.STAFF, Perspective.PATIENT_LEADER, 1);
    }

    /**
     * Computes the gap between two perspectives, naming points that differ by one level or more.
     *
     * @param first  the first perspective, not null
     * @param second  the second perspective, not null
     * @return the gap, not null
     */
    public PerspectiveGap gap(Perspective first, Perspective second) {
        return gap(first, second, 1);
    }

    /**
     * Computes the gap between two perspectives (see {@link PerspectiveGap}).
     *
     * @param first  the first perspective, not null
     * @param second  the second perspective, not null
     * @param threshold  the gap in levels from which a point is named in the summary, above 0
     * @return the gap, not null
     * @throws IllegalArgumentException if the threshold is not above 0
     */
    public PerspectiveGap gap(Perspective first, Perspective second, double threshold) {
        Checks.notNull(first, "first");
        Checks.notNull(second, "second");
        List<Rater> a = raters.stream().filter(r -> r.perspective() == first).toList();
        List<Rater> b = raters.stream().filter(r -> r.perspective() == second).toList();
        List<PointGap> points = new ArrayList<>();
        for (int p = 1; p <= ChecklistPoint.COUNT; p++) {
            points.add(new PointGap(p, meanRating(a, p), meanRating(b, p)));
        }
        List<Scores> sa = a.stream().map(r -> Scoring.score(r.assessment())).toList();
        List<Scores> sb = b.stream().map(r -> Scoring.score(r.assessment())).toList();
        List<SectionGap> sections = new ArrayList<>();
        for (Section s : Section.values()) {
            sections.add(new SectionGap(s, meanScore(sa, s), meanScore(sb, s)));
        }
        return new PerspectiveGap(first, second, threshold, PerspectiveGap.rank(points, PointGap::gap),
                PerspectiveGap.rank(sections, SectionGap::gap));
    }

    private static OptionalDouble meanRating(List<Rater> raters, int point) {
        return raters.stream().map(r -> r.assessment().answer(point)).flatMap(Optional::stream)
                .filter(x -> !x.isNotApplicable()).mapToInt(x -> x.rating().getAsInt()).average();
    }

    private static OptionalDouble meanScore(List<Scores> scores, Section section) {
        return scores.stream().map(s -> s.section(section)).filter(Score::isSufficient)
                .mapToDouble(s -> s.value().getAsDouble()).average();
    }
}

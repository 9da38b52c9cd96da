package org.patientleadership.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.patientleadership.internal.Checks;

/**
 * Models one self-assessment of an organisation against the 40 points of the guide "Bring it on – 40 ways to
 * support Patient Leadership": who was assessed, when, by whom, on which {@link RatingScale}, and the
 * {@link Answer} given for each point answered.
 *
 * <p>Build one with {@link #builder(String, LocalDate)}. Validation happens at construction: an unknown
 * point, a second answer for a point or a rating outside the scale throws {@link AssessmentException} naming
 * the point and the allowed values, and nothing is built. Answers are kept in point order, so two
 * assessments with the same answers are equal whatever order the answers were given in.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param organisation  the organisation assessed, free text, not blank
 * @param date  the date of the assessment, not null
 * @param assessorRoles  the roles of those who made it (for example "Board member", "Patient leader")
 * @param scale  the rating scale, not null
 * @param answers  the answers, at most one per point
 */
public record Assessment(String organisation, LocalDate date, List<String> assessorRoles, RatingScale scale,
        List<Answer> answers) {

    /**
     * Creates an assessment, checking every field and answer.
     *
     * @param organisation  the organisation, not blank
     * @param date  the date, not null
     * @param assessorRoles  the assessor roles, none blank
     * @param scale  the scale, not null
     * @param answers  the answers, at most one per point, ratings on the scale
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank
     * @throws AssessmentException if a point is answered twice or a rating is off the scale
     */
    public Assessment {
        organisation = Checks.notBlank(organisation, "organisation");
        Checks.notNull(date, "date");
        assessorRoles = Checks.noBlankItems(assessorRoles, "assessorRoles");
        Checks.notNull(scale, "scale");
        answers = inPointOrder(Checks.noNullItems(answers, "answers"), scale);
    }

    /**
     * Checks the answers (one per point, ratings on the scale) and keeps them in point order. Answers given in
     * point order, as documents and builders give them, are kept as they are; others are sorted.
     */
    private static AnswerList inPointOrder(List<Answer> answers, RatingScale scale) {
        int last = 0;
        boolean ordered = true;
        for (int i = 0, n = answers.size(); i < n && ordered; i++) {
            int point = answers.get(i).point();
            ordered = point > last;
            last = point;
        }
        if (!ordered) {
            TreeMap<Integer, Answer> byPoint = new TreeMap<>();
            for (Answer a : answers) {
                if (byPoint.put(a.point(), a) != null) {
                    throw new AssessmentException("Point " + a.point() + " is answered more than once; give one "
                            + "answer per point", a.point(), List.of("one answer per point"));
                }
                checkRating(a, scale);
            }
            return AnswerList.of(byPoint.values());
        }
        for (int i = 0, n = answers.size(); i < n; i++) {
            checkRating(answers.get(i), scale);
        }
        return AnswerList.of(answers);
    }

    private static void checkRating(Answer a, RatingScale scale) {
        if (a.rating().isPresent()) {
            scale.level(a.rating().getAsInt(), a.point());
        }
    }

    /**
     * Starts building an assessment on the default {@link RatingScale#MATURITY} scale.
     *
     * @param organisation  the organisation assessed, not blank
     * @param date  the date of the assessment, not null
     * @return a new builder, not null
     */
    public static Builder builder(String organisation, LocalDate date) {
        return new Builder(organisation, date);
    }

    /**
     * Finds the answer for a point.
     *
     * @param point  the point number
     * @return the answer, or empty if the point is unanswered
     */
    public Optional<Answer> answer(int point) {
        // answers are sorted by point: binary search
        int low = 0;
        int high = answers.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int found = answers.get(mid).point();
            if (found < point) {
                low = mid + 1;
            } else if (found > point) {
                high = mid - 1;
            } else {
                return Optional.of(answers.get(mid));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns a copy with one answer added or replaced.
     *
     * @param answer  the answer, not null
     * @return the copy, not null
     * @throws AssessmentException if the rating is off the scale
     */
    public Assessment withAnswer(Answer answer) {
        Checks.notNull(answer, "answer");
        List<Answer> copy = new ArrayList<>(answers);
        copy.removeIf(a -> a.point() == answer.point());
        copy.add(answer);
        return new Assessment(organisation, date, assessorRoles, scale, copy);
    }

    /**
     * Returns a copy without the answer for a point, leaving it unanswered.
     *
     * @param point  the point number
     * @return the copy, or this assessment if the point was unanswered, not null
     */
    public Assessment withoutAnswer(int point) {
        List<Answer> copy = new ArrayList<>(answers);
        return copy.removeIf(a -> a.point() == point)
                ? new Assessment(organisation, date, assessorRoles, scale, copy) : this;
    }

    /**
     * Builds an {@link Assessment} answer by answer. Each call checks its input at once, so a mistake is
     * reported where it is made.
     *
     * <p>This class is mutable and not thread-safe; the assessment it builds is immutable.
     */
    public static final class Builder {

        private final String organisation;
        private final LocalDate date;
        private final List<String> roles = new ArrayList<>();
        private RatingScale scale = RatingScale.MATURITY;
        private final TreeMap<Integer, Answer> answers = new TreeMap<>();

        private Builder(String organisation, LocalDate date) {
            this.organisation = Checks.notBlank(organisation, "organisation");
            this.date = Checks.notNull(date, "date");
        }

        /**
         * Sets the rating scale; it must be set before any rating is given.
         *
         * @param scale  the scale, not null
         * @return this builder
         * @throws IllegalStateException if answers were already given
         */
        public Builder scale(RatingScale scale) {
            if (!answers.isEmpty()) {
                throw new IllegalStateException("Set the scale before giving answers");
            }
            this.scale = Checks.notNull(scale, "scale");
            return this;
        }

        /**
         * Adds the roles of those who made the assessment.
         *
         * @param assessorRoles  the roles, not blank
         * @return this builder
         */
        public Builder assessorRoles(String... assessorRoles) {
            for (String r : assessorRoles) {
                roles.add(Checks.notBlank(r, "assessorRole"));
            }
            return this;
        }

        /**
         * Rates a point.
         *
         * @param point  the point number, from 1 to 40
         * @param rating  the rating, on the scale
         * @return this builder
         * @throws AssessmentException if the point is unknown or already answered, or the rating off the scale
         */
        public Builder rate(int point, int rating) {
            return add(Answer.rated(point, rating));
        }

        /**
         * Rates a point with a note of the evidence.
         *
         * @param point  the point number, from 1 to 40
         * @param rating  the rating, on the scale
         * @param evidence  the evidence, not blank
         * @return this builder
         * @throws AssessmentException if the point is unknown or already answered, or the rating off the scale
         */
        public Builder rate(int point, int rating, String evidence) {
            return add(Answer.rated(point, rating).withEvidence(evidence));
        }

        /**
         * Marks a point as not applicable.
         *
         * @param point  the point number, from 1 to 40
         * @return this builder
         * @throws AssessmentException if the point is unknown or already answered
         */
        public Builder notApplicable(int point) {
            return add(Answer.notApplicable(point));
        }

        /**
         * Adds an answer.
         *
         * @param answer  the answer, not null
         * @return this builder
         * @throws AssessmentException if the point is already answered or the rating off the scale
         */
        public Builder add(Answer answer) {
            Checks.notNull(answer, "answer");
            if (answers.containsKey(answer.point())) {
                throw new AssessmentException("Point " + answer.point() + " is answered more than once; give one "
                        + "answer per point", answer.point(), List.of("one answer per point"));
            }
            answer.rating().ifPresent(r -> scale.level(r, answer.point()));
            answers.put(answer.point(), answer);
            return this;
        }

        /**
         * Builds the assessment.
         *
         * @return the assessment, not null
         */
        public Assessment build() {
            return new Assessment(organisation, date, roles, scale, new ArrayList<>(answers.values()));
        }
    }
}

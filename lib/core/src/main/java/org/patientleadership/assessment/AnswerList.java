package org.patientleadership.assessment;

import java.util.AbstractList;
import java.util.Collection;
import java.util.RandomAccess;

/**
 * The answers of an {@link Assessment}, in point order, unmodifiable, with each answer's point and rating also
 * kept in two {@code int} arrays, so that scoring and cohort statistics read primitives in a loop rather than
 * following each answer's objects. A list like any other to its users: equal to, and hashing like, any list
 * of the same answers.
 *
 * <p>This class is immutable and thread-safe.
 */
final class AnswerList extends AbstractList<Answer> implements RandomAccess {

    private final Answer[] answers;
    /** The point of each answer, negated for a point marked not applicable. */
    final int[] points;
    /** The rating of each answer; 0 for a point marked not applicable. */
    final int[] ratings;

    private AnswerList(Answer[] answers) {
        this.answers = answers;
        this.points = new int[answers.length];
        this.ratings = new int[answers.length];
        for (int i = 0; i < answers.length; i++) {
            boolean na = answers[i].isNotApplicable();
            points[i] = na ? -answers[i].point() : answers[i].point();
            ratings[i] = na ? 0 : answers[i].rating().getAsInt();
        }
    }

    /**
     * Copies answers already checked and in point order.
     *
     * @param answers  the answers, none null, in point order
     * @return the list, not null
     */
    static AnswerList of(Collection<Answer> answers) {
        return new AnswerList(answers.toArray(new Answer[0]));
    }

    @Override
    public Answer get(int index) {
        return answers[index];
    }

    @Override
    public int size() {
        return answers.length;
    }
}

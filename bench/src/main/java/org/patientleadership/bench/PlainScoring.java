package org.patientleadership.bench;

/**
 * The baseline a careful engineer would write by hand: section and overall scores (0–100, with the same
 * coverage rule) from an {@code int[40]} of ratings on a 0–4 scale.
 */
final class PlainScoring {

    private static final int SECTIONS = 6;
    private static final double MIN_COVERAGE = 0.5;

    private PlainScoring() {
    }

    /**
     * Scores: six section scores then the overall score, NaN for insufficient data.
     *
     * @param ratings  40 ratings, {@link Fixtures#NOT_APPLICABLE} or {@link Fixtures#UNANSWERED}
     * @return seven scores
     */
    static double[] score(int[] ratings) {
        double[] sum = new double[SECTIONS];
        int[] answered = new int[SECTIONS];
        int[] applicable = new int[SECTIONS];
        for (int i = 0; i < ratings.length; i++) {
            int r = ratings[i];
            if (r == Fixtures.NOT_APPLICABLE) {
                continue;
            }
            int s = Fixtures.SECTION_OF[i];
            applicable[s]++;
            if (r >= 0) {
                answered[s]++;
                sum[s] += r / 4.0;
            }
        }
        double[] scores = new double[SECTIONS + 1];
        double total = 0;
        int totalAnswered = 0;
        int totalApplicable = 0;
        for (int s = 0; s < SECTIONS; s++) {
            scores[s] = answered[s] > 0 && (double) answered[s] / applicable[s] >= MIN_COVERAGE
                    ? 100 * sum[s] / answered[s] : Double.NaN;
            total += sum[s];
            totalAnswered += answered[s];
            totalApplicable += applicable[s];
        }
        scores[SECTIONS] = totalAnswered > 0 && (double) totalAnswered / totalApplicable >= MIN_COVERAGE
                ? 100 * total / totalAnswered : Double.NaN;
        return scores;
    }
}

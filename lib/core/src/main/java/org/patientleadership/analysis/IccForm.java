package org.patientleadership.analysis;

/**
 * Names the six forms of the intraclass correlation of Shrout and Fleiss (1979), as R's {@code psych::ICC}
 * labels them: one-way random ({@code ICC1}), two-way random ({@code ICC2}) and two-way mixed ({@code ICC3})
 * effects, each for a single rater and for the average of the {@code k} raters.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum IccForm {

    /** {@code ICC1}, Shrout and Fleiss ICC(1,1): one-way random, single rater, absolute agreement. */
    ICC1("ICC1", "ICC(1,1)", false),
    /** {@code ICC2}, ICC(2,1): two-way random, single rater, absolute agreement. */
    ICC2("ICC2", "ICC(2,1)", false),
    /** {@code ICC3}, ICC(3,1): two-way mixed, single rater, consistency. */
    ICC3("ICC3", "ICC(3,1)", false),
    /** {@code ICC1k}, ICC(1,k): one-way random, average of the raters. */
    ICC1K("ICC1k", "ICC(1,k)", true),
    /** {@code ICC2k}, ICC(2,k): two-way random, average of the raters. */
    ICC2K("ICC2k", "ICC(2,k)", true),
    /** {@code ICC3k}, ICC(3,k): two-way mixed, average of the raters. */
    ICC3K("ICC3k", "ICC(3,k)", true);

    private final String psychName;
    private final String shroutFleiss;
    private final boolean average;

    IccForm(String psychName, String shroutFleiss, boolean average) {
        this.psychName = psychName;
        this.shroutFleiss = shroutFleiss;
        this.average = average;
    }

    /**
     * Gets the name psych gives the form, such as {@code ICC2k}.
     *
     * @return the name, not null
     */
    public String psychName() {
        return psychName;
    }

    /**
     * Gets Shrout and Fleiss's name, such as {@code ICC(2,k)}.
     *
     * @return the name, not null
     */
    public String shroutFleissName() {
        return shroutFleiss;
    }

    /**
     * Checks if the form is for the average of the raters rather than a single rater.
     *
     * @return true for the average forms
     */
    public boolean isAverage() {
        return average;
    }
}

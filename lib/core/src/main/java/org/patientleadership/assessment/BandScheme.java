package org.patientleadership.assessment;

import java.util.List;

import org.patientleadership.internal.Checks;

/**
 * Models a named, replaceable way of putting scores (0 to 100) into bands, such as the default
 * {@link #STANDARD} scheme's four bands from "Not yet started" to "Going strong".
 *
 * <p>The first band must start at 0 and bounds must increase, so every score falls in exactly one band.
 *
 * <p><b>Default cut-points and why:</b> {@link #STANDARD} cuts at 25, 50 and 75. On the default
 * {@link RatingScale#MATURITY} scale a score is the mean rating divided by 4, so the bands are a mean rating
 * below "planned" (not yet started), from "planned" (making a start), from "in progress" (well on the way) and
 * from "established" (going strong). The bands are this project's, not the guide's, which sets no scores.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id  the stable id, such as {@code standard}
 * @param name  the name, not blank
 * @param source  where the scheme comes from, in words, not blank
 * @param bands  the bands, from the lowest; the first starts at 0; bounds increase
 */
public record BandScheme(String id, String name, String source, List<Band> bands) {

    /** The default four-band scheme, cut at 25, 50 and 75. */
    public static final BandScheme STANDARD = new BandScheme("standard", "Standard four bands",
            "This project's default: cut-points at the maturity scale's planned, in progress and established "
                    + "levels",
            List.of(new Band("not-yet-started", "Not yet started", 0),
                    new Band("making-a-start", "Making a start", 25),
                    new Band("well-on-the-way", "Well on the way", 50),
                    new Band("going-strong", "Going strong", 75)));

    /**
     * Creates a band scheme, checking its bands.
     *
     * @param id  the stable id
     * @param name  the name, not blank
     * @param source  the source, not blank
     * @param bands  the bands, first at 0, bounds increasing
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the bands are empty, do not start at 0 or do not increase
     */
    public BandScheme {
        Checks.id(id, "id");
        name = Checks.notBlank(name, "name");
        source = Checks.notBlank(source, "source");
        bands = Checks.noNullItems(bands, "bands");
        if (bands.isEmpty() || bands.get(0).lowerBound() != 0) {
            throw new IllegalArgumentException("Band scheme '" + id + "' must start with a band at 0");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).lowerBound() <= bands.get(i - 1).lowerBound()) {
                throw new IllegalArgumentException("Band scheme '" + id + "': band '" + bands.get(i).id()
                        + "' must start above " + bands.get(i - 1).lowerBound());
            }
        }
    }

    /**
     * Obtains the band a score falls in.
     *
     * @param score  the score, from 0 to 100
     * @return the band, not null
     * @throws IllegalArgumentException if the score is outside 0 to 100
     */
    public Band bandOf(double score) {
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("Score " + score + " is outside 0 to 100");
        }
        Band found = bands.get(0);
        for (Band b : bands) {
            if (score >= b.lowerBound()) {
                found = b;
            }
        }
        return found;
    }
}

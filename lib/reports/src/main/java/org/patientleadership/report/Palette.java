package org.patientleadership.report;

import java.util.List;

/**
 * The colours of the reports, chosen for contrast on white (WCAG 2.1: at least 4.5:1 for text, 3:1 for
 * chart marks), and the contrast arithmetic the tests check them with. Colour is never the only signal: every
 * coloured mark also has a text label, a symbol or a position that says the same.
 */
final class Palette {

    /** Body text. */
    static final String TEXT = "#1a1a1a";
    /** Secondary text: captions, axis labels. */
    static final String MUTED = "#4d4d4d";
    /** Page background. */
    static final String BACKGROUND = "#ffffff";
    /** Grid lines and ladder rails (decoration; not information on their own). */
    static final String GRID = "#8c8c8c";
    /** Bars, score shapes and highlighted rungs. */
    static final String MARK = "#1f4e79";
    /** Improvement (with ▲ and the word). */
    static final String UP = "#1b6e20";
    /** Falling back (with ▼ and the word). */
    static final String DOWN = "#b00020";
    /**
     * Band fills, lowest band first, light enough that {@link #TEXT} on them keeps 4.5:1; the band's name is
     * always written beside the fill. Bands beyond four reuse the last fill.
     */
    static final List<String> BAND_FILLS = List.of("#fbe3d6", "#fdf1c7", "#dcebd5", "#cfe3f2");
    /** The fill for "insufficient data" (with the words). */
    static final String NO_DATA = "#e6e6e6";

    private Palette() {
    }

    /**
     * Gives the fill of a band by its position in the scheme.
     *
     * @param index  the band's index, from 0
     * @return the colour
     */
    static String band(int index) {
        return BAND_FILLS.get(Math.min(index, BAND_FILLS.size() - 1));
    }

    /**
     * Computes the WCAG 2.1 contrast ratio of two colours.
     *
     * @param a  a colour as {@code #rrggbb}
     * @param b  a colour as {@code #rrggbb}
     * @return the ratio, from 1 to 21
     */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}

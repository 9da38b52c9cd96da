package org.patientleadership.research;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.patientleadership.internal.Checks;

/**
 * Holds the draft text for one {@link Gripp2Item} of a {@link Gripp2Draft}. Blanks the author must fill are
 * written in the text as {@value #BLANK_START}<i>what to write</i>{@value #BLANK_END}, so they stay visible
 * in any copy of the text; {@link #blanks()} lists them.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param item  the GRIPP2 short-form item, not null
 * @param text  the text, with any blanks marked, not blank (stripped)
 */
public record Gripp2Section(Gripp2Item item, String text) {

    /** How a blank starts in the text. */
    public static final String BLANK_START = "[TO FILL IN: ";
    /** How a blank ends in the text. */
    public static final String BLANK_END = "]";

    private static final Pattern BLANK = Pattern.compile(Pattern.quote(BLANK_START) + "([^\\]]*)"
            + Pattern.quote(BLANK_END));

    /**
     * Creates a section, checking its fields.
     *
     * @param item  the item, not null
     * @param text  the text, not blank
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the text is blank
     */
    public Gripp2Section {
        Checks.notNull(item, "item");
        text = Checks.notBlank(text, "text");
    }

    /**
     * Makes a blank for the author to fill, as it appears in the text.
     *
     * @param prompt  what the author should write, not blank
     * @return the marked blank, not null
     * @throws IllegalArgumentException if the prompt is blank or contains {@value #BLANK_END}
     */
    public static String blank(String prompt) {
        String p = Checks.notBlank(prompt, "prompt");
        if (p.contains(BLANK_END)) {
            throw new IllegalArgumentException("A blank's prompt must not contain '" + BLANK_END + "': " + p);
        }
        return BLANK_START + p + BLANK_END;
    }

    /**
     * Gets the prompts of the blanks still in the text, in order.
     *
     * @return the prompts, unmodifiable, empty when the section is complete, not null
     */
    public List<String> blanks() {
        List<String> prompts = new ArrayList<>();
        Matcher m = BLANK.matcher(text);
        while (m.find()) {
            prompts.add(m.group(1));
        }
        return List.copyOf(prompts);
    }

    /**
     * Checks if the author has filled every blank.
     *
     * @return true if the text has no blank left
     */
    public boolean isComplete() {
        return !text.contains(BLANK_START);
    }
}

package org.patientleadership.internal;

import java.util.Locale;

/**
 * Derives stable ids from enum constants: a family prefix, a dot and the constant name in lower case with
 * hyphens, such as {@code arnstein.citizen-control}.
 *
 * <p>Not part of the public API. This class is thread-safe.
 */
public final class Ids {

    private Ids() {
    }

    /**
     * Derives the id of an enum constant.
     *
     * @param prefix  the family prefix, such as {@code arnstein}
     * @param constant  the enum constant
     * @return the id, not null
     */
    public static String of(String prefix, Enum<?> constant) {
        return prefix + "." + slug(constant.name());
    }

    /**
     * Turns a name such as {@code CITIZEN_CONTROL} or {@code Blur roles} into {@code citizen-control} form.
     *
     * @param name  the name
     * @return the slug, not null
     */
    public static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}

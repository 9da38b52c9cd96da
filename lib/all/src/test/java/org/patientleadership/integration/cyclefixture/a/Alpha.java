package org.patientleadership.integration.cyclefixture.a;

import org.patientleadership.integration.cyclefixture.b.Beta;

/** Test fixture: half of a deliberate package cycle, which the architecture rules must catch. */
public final class Alpha {

    private Alpha() {
    }

    /**
     * Uses the other package.
     *
     * @return a name from the other package
     */
    public static String partner() {
        return Beta.class.getSimpleName();
    }
}

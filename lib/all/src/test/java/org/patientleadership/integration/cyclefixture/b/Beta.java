package org.patientleadership.integration.cyclefixture.b;

import org.patientleadership.integration.cyclefixture.a.Alpha;

/** Test fixture: the other half of a deliberate package cycle. */
public final class Beta {

    private Beta() {
    }

    /**
     * Uses the other package.
     *
     * @return a name from the other package
     */
    public static String partner() {
        return Alpha.class.getSimpleName();
    }
}

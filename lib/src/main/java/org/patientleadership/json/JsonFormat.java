package org.patientleadership.json;

/**
 * Placeholder, replaced in the next commit.
 */
final class JsonFormat {

    private JsonFormat() {
    }
}

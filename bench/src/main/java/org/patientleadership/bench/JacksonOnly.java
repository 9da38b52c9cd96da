package org.patientleadership.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Started in a fresh JVM as the startup baseline: only loads Jackson and reads one small document. */
public final class JacksonOnly {

    private JacksonOnly() {
    }

    /**
     * Runs.
     *
     * @param args  not used
     * @throws JsonProcessingException never
     */
    public static void main(String[] args) throws JsonProcessingException {
        System.out.println(new ObjectMapper().readTree("{\"organisation\": \"Fresh JVM\", \"rating\": 3}"));
    }
}

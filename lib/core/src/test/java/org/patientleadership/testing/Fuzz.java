package org.patientleadership.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

import org.patientleadership.InvalidInputException;

/**
 * The law every reader of the library obeys, checked on mutated documents (see {@link Mutation}): reading
 * gives a value, or throws the documented {@link InvalidInputException} with at least one problem and a
 * location, and never any other throwable; and it finishes within {@link #TIME_BOUND}.
 *
 * <p>A reader plugs in as a {@link Reader}: a name, valid documents to mutate, and the call that reads bytes.
 * New document types and new readers (such as a streaming JSON reader) add a {@code Reader} and are fuzzed
 * the same way.
 *
 * <p>The number of tries per property is {@value #DEFAULT_TRIES} by default and can be raised with the system
 * property {@value #TRIES_PROPERTY}; the Maven profile {@code fuzz} (run by {@code .ci/run}) sets 10,000.
 * Properties annotated {@code @AddLifecycleHook(Fuzz.Tries.class)} take that number.
 */
public final class Fuzz {

    /** The system property holding the number of tries of each fuzz property. */
    public static final String TRIES_PROPERTY = "patientleadership.fuzz.tries";
    /** The number of tries without the system property. */
    public static final int DEFAULT_TRIES = 300;
    /** The longest one read of one mutated document may take; far above the usual milliseconds. */
    public static final Duration TIME_BOUND = Duration.ofSeconds(10);

    private Fuzz() {
    }

    /**
     * A reader under test.
     *
     * @param name  a name for messages
     * @param documents  valid documents to mutate, one or more
     * @param read  reads bytes into a value; may return a result that itself reports problems
     */
    public record Reader(String name, List<byte[]> documents, Function<byte[], ?> read) {

        /**
         * Creates a reader.
         *
         * @param name  the name
         * @param documents  the documents, copied
         * @param read  the call
         */
        public Reader {
            documents = List.copyOf(documents);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Gets the number of tries of each fuzz property.
     *
     * @return the tries, from the system property or the default
     */
    public static int tries() {
        return Integer.getInteger(TRIES_PROPERTY, DEFAULT_TRIES);
    }

    /**
     * Reads mutated bytes and checks the law.
     *
     * @param reader  the reader
     * @param bytes  the mutated document
     * @return the value read, or null when the documented exception was thrown
     */
    public static Object check(Reader reader, byte[] bytes) {
        long start = System.nanoTime();
        Object value = null;
        try {
            value = reader.read().apply(bytes);
            assertThat(value).as(reader.name() + " returned null").isNotNull();
        } catch (InvalidInputException e) {
            assertThat(e.problems()).as(reader.name() + ": an exception without problems").isNotEmpty();
            assertThat(e.location()).as(reader.name() + ": a problem without a location").isNotBlank();
            assertThat(e.getMessage()).isNotBlank();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as(reader.name() + " took too long on " + bytes.length + " bytes")
                .isLessThan(TIME_BOUND);
        return value;
    }

    /** Sets the tries of a property to {@link #tries()}. */
    public static final class Tries implements AroundPropertyHook {

        /** Creates the hook; jqwik calls this. */
        public Tries() {
        }

        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            context.attributes().setTries(tries());
            return property.execute();
        }
    }
}

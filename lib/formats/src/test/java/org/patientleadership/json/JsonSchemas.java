package org.patientleadership.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.patientleadership.analysis.RatingRound;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.AssessmentResult;
import org.patientleadership.assessment.Plan;
import org.patientleadership.placement.Activity;
import org.patientleadership.placement.Placements;
import org.patientleadership.profile.Profile;
import org.patientleadership.profile.ProfileAnswers;

/**
 * Loads the JSON Schemas of {@code docs/schema/} (tests run in {@code lib/}) and validates documents against
 * them, offline: the schemas' {@code $id} addresses are mapped to the local files, and any other attempt to load
 * a schema over the network fails.
 */
final class JsonSchemas {

    /** The common prefix of the schemas' {@code $id}s. */
    static final String BASE = "https://patientleadership.org/schema/1/";
    /** The draft the schemas are written in. */
    static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    /** The folder of the schema files. */
    static final Path DIR = Path.of("../../docs/schema");

    /** The schema file of each type that has a JSON document, in the order of {@link JsonFormat#types()}. */
    static final Map<Class<?>, String> FILES = files();

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder
                    .schemaMappers(m -> m.mapPrefix(BASE, DIR.toAbsolutePath().normalize().toUri().toString()))
                    .schemaLoaders(l -> l.values(loaders -> loaders.add(0, iri -> {
                        if (iri.toString().startsWith("http:") || iri.toString().startsWith("https:")) {
                            throw new IllegalStateException("A test tried to load a schema over the network: "
                                    + iri);
                        }
                        return null;
                    }))));

    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private JsonSchemas() {
    }

    private static Map<Class<?>, String> files() {
        Map<Class<?>, String> files = new LinkedHashMap<>();
        files.put(Assessment.class, "assessment.schema.json");
        files.put(AssessmentResult.class, "result.schema.json");
        files.put(Activity.class, "activity.schema.json");
        files.put(Placements.class, "placements.schema.json");
        files.put(ProfileAnswers.class, "profile-answers.schema.json");
        files.put(Profile.class, "profile.schema.json");
        files.put(RatingRound.class, "rating-round.schema.json");
        files.put(Plan.class, "plan.schema.json");
        return files;
    }

    /**
     * Gets the schema of a type's document.
     */
    static JsonSchema schema(Class<?> type) {
        String file = FILES.get(type);
        if (file == null) {
            throw new IllegalArgumentException("No schema for " + type);
        }
        return SCHEMAS.computeIfAbsent(file, f -> FACTORY.getSchema(SchemaLocation.of(BASE + f)));
    }

    /**
     * Gets the draft 2020-12 meta-schema, which the validator carries with it.
     */
    static JsonSchema metaSchema() {
        return SCHEMAS.computeIfAbsent(DRAFT, f -> FACTORY.getSchema(SchemaLocation.of(DRAFT)));
    }

    /**
     * Validates a document against the schema of a type.
     */
    static Set<ValidationMessage> validate(Class<?> type, String json) {
        return schema(type).validate(tree(json));
    }

    /**
     * Writes a value with {@link JsonFormat#write(Object)} and validates the text against the schema of its type.
     */
    static Set<ValidationMessage> validate(Object value) {
        return validate(value.getClass(), JsonFormat.write(value));
    }

    /**
     * Parses JSON text strictly (duplicate keys refused).
     */
    static JsonNode tree(String json) {
        try {
            return JsonFormat.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a schema file as a tree.
     */
    static JsonNode file(String name) {
        try {
            return tree(Files.readString(DIR.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

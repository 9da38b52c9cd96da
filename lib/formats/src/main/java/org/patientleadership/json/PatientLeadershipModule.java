package org.patientleadership.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.patientleadership.InvalidInputException;

/**
 * A Jackson module that writes and reads the library's values as the documents of {@link JsonFormat}.
 * Obtain it with {@link JsonFormat#module()}.
 */
final class PatientLeadershipModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    PatientLeadershipModule() {
        super("patient-leadership");
        for (Class<?> type : JsonFormat.types()) {
            register(type);
        }
    }

    private <T> void register(Class<T> type) {
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeTree(JsonFormat.toTree(value));
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonNode tree = ctxt.readTree(p);
                try {
                    return JsonFormat.fromTree(tree, type);
                } catch (InvalidInputException e) {
                    throw JsonMappingException.from(p, e.getMessage(), e);
                }
            }
        });
    }
}

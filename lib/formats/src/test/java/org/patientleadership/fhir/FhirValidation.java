package org.patientleadership.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.patientleadership.assessment.RatingScale;

/**
 * The HAPI FHIR R4 instance validator, set up to work offline: the core R4 definitions, in-memory terminology,
 * HL7's common code systems, snapshot generation, and this library's Questionnaire and CodeSystem for each
 * scale given, so that QuestionnaireResponses are validated against the Questionnaire they answer. Slow to
 * start: make one per test class.
 *
 * <p><b>Extensions.</b> Unknown extensions are errors here ({@code setAnyExtensionsAllowed(false)}), so every
 * extension the library writes must be defined and used as defined. {@code ordinalValue} and
 * {@code questionnaire-itemControl} are in the R4 core package. The SDC {@code calculatedExpression} extension is
 * not, and the SDC package is not available offline; a minimal StructureDefinition of it
 * ({@code src/test/resources/fhir/sdc-questionnaire-calculatedExpression.json}: one Expression on a
 * Questionnaire item, as SDC defines it) is given to the validator instead of allowing any extension, so that
 * its place and type are still checked.
 *
 * <p><b>Questionnaires.</b> HAPI's {@code PrePopulatedValidationSupport} keeps code systems, value sets and
 * structure definitions but not Questionnaires; a small support of our own serves the Questionnaires, by URL
 * with or without a version.
 */
final class FhirValidation {

    private final FhirContext context = FhirContext.forR4();
    private final FhirValidator validator;

    /** The minimal definition of the SDC calculatedExpression extension, relative to the lib module. */
    private static final Path SDC_CALCULATED_EXPRESSION = Path.of("src", "test", "resources", "fhir",
            "sdc-questionnaire-calculatedExpression.json");

    FhirValidation(RatingScale... scales) {
        PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(context);
        QuestionnaireSupport questionnaires = new QuestionnaireSupport(context);
        for (RatingScale s : scales) {
            questionnaires.add(context.newJsonParser().parseResource(Questionnaire.class,
                    FhirQuestionnaire.questionnaire(s)));
            ours.addCodeSystem(context.newJsonParser().parseResource(CodeSystem.class,
                    FhirQuestionnaire.codeSystem(s)));
        }
        try {
            ours.addStructureDefinition(context.newJsonParser().parseResource(StructureDefinition.class,
                    Files.readString(SDC_CALCULATED_EXPRESSION, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new SnapshotGeneratingValidationSupport(context), ours, questionnaires);
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        module.setAnyExtensionsAllowed(false);
        validator = context.newValidator().registerValidatorModule(module);
    }

    /** Serves Questionnaires by canonical URL, with or without a version. */
    private static final class QuestionnaireSupport implements IValidationSupport {

        private final FhirContext context;
        private final Map<String, Questionnaire> byUrl = new HashMap<>();

        QuestionnaireSupport(FhirContext context) {
            this.context = context;
        }

        void add(Questionnaire q) {
            byUrl.put(q.getUrl(), q);
            byUrl.put(q.getUrl() + "|" + q.getVersion(), q);
        }

        @Override
        public FhirContext getFhirContext() {
            return context;
        }

        @Override
        public <T extends IBaseResource> T fetchResource(Class<T> type, String uri) {
            Questionnaire q = byUrl.get(uri);
            return q != null && (type == null || type.isInstance(q)) ? type == null ? null : type.cast(q) : null;
        }
    }

    /** Validates a resource given as JSON, returning every message. */
    List<SingleValidationMessage> validate(String json) {
        return validator.validateWithResult(json).getMessages();
    }

    /** Keeps the messages of severity ERROR or FATAL. */
    static List<SingleValidationMessage> errors(List<SingleValidationMessage> messages) {
        return messages.stream().filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR
                || m.getSeverity() == ResultSeverityEnum.FATAL).toList();
    }

    /** Formats a message on one line. */
    static String show(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + " [" + m.getMessageId() + "] " + m.getMessage();
    }
}

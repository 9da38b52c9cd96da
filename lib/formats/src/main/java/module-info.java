/**
 * Moves the library's data in and out: versioned JSON documents ({@code org.patientleadership.json}, with the
 * whole catalogue as JSON in {@link org.patientleadership.json.CatalogueJson}), plain CSV and REDCap
 * ({@code org.patientleadership.csv}), and FHIR R4 Questionnaire and QuestionnaireResponse
 * ({@code org.patientleadership.fhir}). This is the only module of the library that needs Jackson; readers are
 * strict and report every problem with its place in an {@link org.patientleadership.InvalidInputException}.
 */
module org.patientleadership.formats {
    requires transitive org.patientleadership;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires static org.jspecify;

    exports org.patientleadership.json;
    exports org.patientleadership.csv;
    exports org.patientleadership.fhir;
}

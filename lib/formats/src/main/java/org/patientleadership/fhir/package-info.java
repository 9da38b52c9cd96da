/**
 * Exports the 40-point checklist as a FHIR R4 Questionnaire, and moves assessments in and out as FHIR R4
 * QuestionnaireResponses, as JSON text; the library does not depend on a FHIR library. Start with
 * {@link org.patientleadership.fhir.FhirQuestionnaire}, which documents the mapping.
 */
package org.patientleadership.fhir;

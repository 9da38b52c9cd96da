/**
 * Models patient leadership and co-production, the ways patients and the public share power with health
 * services: Arnstein's ladder and the guide's engagement grid, the ladders of participation and co-production,
 * patient-leader roles, stages and attributes, the 40-point checklist of the guide "Bring it on – 40 ways to
 * support Patient Leadership", and co-production value sets. Every element is immutable, has a stable id and
 * cites its source; {@link org.patientleadership.Catalogue} finds any element by id and
 * {@link org.patientleadership.CatalogueJson} exports them all. On top of the catalogue: self-assessment scores,
 * recommendations and cohort statistics ({@code .assessment}), research-grade instrument analysis, agreement of
 * several raters and reliable change ({@code .analysis}), ladder placement of activities
 * ({@code .placement}) and patient-leader profiles ({@code .profile}). Data moves in and out as versioned JSON
 * ({@code .json}), FHIR R4 Questionnaire and QuestionnaireResponse ({@code .fhir}), and REDCap and plain CSV
 * ({@code .csv}); bad input gets an {@link org.patientleadership.InvalidInputException} naming the place.
 * Research involvement (the GRIPP2 short form and a drafted report section) is in {@code .research}.
 * Reports people can look at, as self-contained HTML with SVG charts or as Markdown, come from
 * {@code .report}.
 */
// Immutables' annotations jar is an automatic module (compile time only): silence that lint for -Werror.
@SuppressWarnings("requires-automatic")
module org.patientleadership {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires static org.immutables.value.annotations;

    exports org.patientleadership;
    exports org.patientleadership.ladder;
    exports org.patientleadership.roles;
    exports org.patientleadership.checklist;
    exports org.patientleadership.coproduction;
    exports org.patientleadership.assessment;
    exports org.patientleadership.placement;
    exports org.patientleadership.profile;
    exports org.patientleadership.json;
    exports org.patientleadership.fhir;
    exports org.patientleadership.csv;
    exports org.patientleadership.report;
    exports org.patientleadership.analysis;
    exports org.patientleadership.research;

    opens org.patientleadership to com.fasterxml.jackson.databind;
    opens org.patientleadership.ladder to com.fasterxml.jackson.databind;
    opens org.patientleadership.roles to com.fasterxml.jackson.databind;
    opens org.patientleadership.checklist to com.fasterxml.jackson.databind;
    opens org.patientleadership.coproduction to com.fasterxml.jackson.databind;
    opens org.patientleadership.assessment to com.fasterxml.jackson.databind;
    opens org.patientleadership.placement to com.fasterxml.jackson.databind;
    opens org.patientleadership.profile to com.fasterxml.jackson.databind;
    opens org.patientleadership.json to com.fasterxml.jackson.databind;
}

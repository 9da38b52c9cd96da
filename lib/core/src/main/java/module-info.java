/**
 * The core of the Patient Leadership library, with no runtime dependency at all: the cited catalogue of
 * patient leadership and co-production (Arnstein's ladder and the guide's engagement grid, the ladders of
 * participation and co-production, the IAP2 spectrum, patient-leader roles, stages and attributes, the 40-point
 * checklist of the guide "Bring it on – 40 ways to support Patient Leadership", co-production value sets and
 * the frameworks put beside them), and the engines built on it: self-assessment scores, plans of next steps and
 * cohort statistics ({@code .assessment}), ladder placement of activities ({@code .placement}), patient-leader
 * profiles ({@code .profile}), research involvement ({@code .research}), and instrument analysis, agreement of
 * raters and reliable change ({@code .analysis}). {@link org.patientleadership.catalogue.Catalogue} finds any
 * element by id. Every element is immutable, has a stable id and cites its source; bad input gets an
 * {@link org.patientleadership.InvalidInputException} naming the place.
 *
 * <p>JSON, CSV/REDCap and FHIR live in the module {@code org.patientleadership.formats} (artifact
 * {@code patient-leadership-formats}), reports in {@code org.patientleadership.reports}
 * ({@code patient-leadership-reports}). The layering of the packages is in {@code docs/modules.md}.
 */
// Immutables' annotations jar is an automatic module (compile time only): silence that lint for -Werror.
@SuppressWarnings({"requires-automatic", "module"})
module org.patientleadership {
    requires static org.immutables.value.annotations;
    requires static org.jspecify;

    exports org.patientleadership;
    exports org.patientleadership.catalogue;
    exports org.patientleadership.ladder;
    exports org.patientleadership.roles;
    exports org.patientleadership.checklist;
    exports org.patientleadership.coproduction;
    exports org.patientleadership.assessment;
    exports org.patientleadership.placement;
    exports org.patientleadership.profile;
    exports org.patientleadership.analysis;
    exports org.patientleadership.research;

    // Shared helpers for the library's own formats and reports modules only: not API.
    exports org.patientleadership.internal to org.patientleadership.formats, org.patientleadership.reports;
}

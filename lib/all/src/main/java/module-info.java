/**
 * The whole Patient Leadership library in one dependency: the core ({@code org.patientleadership}), the
 * formats ({@code org.patientleadership.formats}: JSON, CSV/REDCap, FHIR) and the reports
 * ({@code org.patientleadership.reports}). It holds no code of its own; require a single module instead to
 * depend on less.
 */
module org.patientleadership.all {
    requires transitive org.patientleadership;
    requires transitive org.patientleadership.formats;
    requires transitive org.patientleadership.reports;
}

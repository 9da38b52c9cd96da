/**
 * Reports people can look at: a self-assessment with its plan, progress between assessments, a cohort and a
 * rating round, each as one self-contained HTML page with SVG charts or as Markdown
 * ({@code org.patientleadership.report}). Needs only the core module.
 */
module org.patientleadership.reports {
    requires transitive org.patientleadership;
    requires static org.jspecify;

    exports org.patientleadership.report;
}

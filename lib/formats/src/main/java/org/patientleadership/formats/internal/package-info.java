/**
 * Helpers shared by the JSON, CSV/REDCap and FHIR readers and writers: reading bytes safely, strict JSON
 * fields with their pointers, exact numbers. Not API: the package is not exported.
 */
package org.patientleadership.formats.internal;

/**
 * Exports a REDCap data dictionary for the 40-point checklist, and imports REDCap records exports and plain
 * CSV files (one row per respondent) into assessments, row by row, with every problem located by row and
 * column.
 */
package org.patientleadership.csv;

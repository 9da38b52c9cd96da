/**
 * Implementation details: validation, look-ups, id derivation, the checklist data and the Immutables style.
 * Not exported from the module; not part of the API.
 */
package org.patientleadership.internal;

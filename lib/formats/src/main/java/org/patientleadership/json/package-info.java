/**
 * Reads and writes the library's values as versioned JSON documents (each with a {@code formatVersion}), with
 * a JSON Schema (draft 2020-12) for each in {@code docs/schema/}. Reading is strict and limited, and bad input
 * gets an {@link org.patientleadership.InvalidInputException} naming the JSON Pointer of each bad place.
 */
package org.patientleadership.json;

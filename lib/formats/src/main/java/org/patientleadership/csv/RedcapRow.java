package org.patientleadership.csv;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.patientleadership.internal.Checks;

/**
 * Identifies the REDCap record a row of a records export belongs to: the record id, the event (in
 * longitudinal projects), the repeat instance (when the checklist form or its event repeats) and the status
 * of the checklist form in that row. Use it to match an imported assessment back to its record in REDCap.
 *
 * <p>The form status is REDCap's: 0 incomplete, 1 unverified, 2 complete; it is empty when the export has no
 * {@code <form>_complete} column or the cell is empty.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param recordId  the record id, not blank
 * @param event  the unique event name, such as {@code baseline_arm_1}, or empty
 * @param repeatInstance  the repeat instance, 1 or more, or empty
 * @param formStatus  the form status, 0 to 2, or empty
 */
public record RedcapRow(String recordId, Optional<String> event, OptionalInt repeatInstance,
        OptionalInt formStatus) {

    /**
     * Creates a row key, checking its fields.
     *
     * @param recordId  the record id, not blank
     * @param event  the event name, not null, not blank when present
     * @param repeatInstance  the repeat instance, not null, at least 1 when present
     * @param formStatus  the form status, not null, 0 to 2 when present
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a field is blank or out of range
     */
    public RedcapRow {
        recordId = Checks.notBlank(recordId, "recordId");
        event = Objects.requireNonNull(event, "event").map(e -> Checks.notBlank(e, "event"));
        Objects.requireNonNull(repeatInstance, "repeatInstance");
        Objects.requireNonNull(formStatus, "formStatus");
        if (repeatInstance.isPresent() && repeatInstance.getAsInt() < 1) {
            throw new IllegalArgumentException("repeatInstance must be at least 1, not "
                    + repeatInstance.getAsInt());
        }
        if (formStatus.isPresent()) {
            Checks.inRange(formStatus.getAsInt(), 0, 2, "form status");
        }
    }

    /**
     * Describes the row in words, such as {@code record 17, event baseline_arm_1, instance 2}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "record " + recordId + event.map(e -> ", event " + e).orElse("")
                + (repeatInstance.isPresent() ? ", instance " + repeatInstance.getAsInt() : "");
    }
}

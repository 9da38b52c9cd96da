package org.patientleadership.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.patientleadership.InvalidInputException;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.csv.CsvImport;
import org.patientleadership.csv.RedcapImport;
import org.patientleadership.fhir.FhirQuestionnaire;
import org.patientleadership.json.JsonFormat;

/**
 * Reads assessments from files, all or nothing: a file with any problem gives a {@link BadInputException}
 * naming the file and listing every problem with its row and column or JSON Pointer.
 */
final class Inputs {

    /** Files above this size are refused before reading: 64 MB. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private Inputs() {
    }

    /**
     * Reads every assessment in a file.
     *
     * @param file  the file
     * @param format  its format, or {@link InputFormat#AUTO}
     * @return the assessments, one or more, in file order
     * @throws BadInputException if the file cannot be read or holds anything invalid
     */
    static List<Assessment> read(Path file, InputFormat format) {
        byte[] bytes = bytes(file);
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw new BadInputException(file + ": the file is empty; it should hold one or more assessments");
        }
        InputFormat f = format == InputFormat.AUTO ? InputFormat.detect(bytes) : format;
        try {
            List<Assessment> list = switch (f) {
                case JSON -> List.of(JsonFormat.read(bytes, Assessment.class));
                case FHIR -> List.of(FhirQuestionnaire.readResponse(bytes));
                case CSV -> CsvImport.read(bytes).orThrow();
                case REDCAP -> RedcapImport.read(bytes).orThrow();
                case AUTO -> throw new AssertionError("bug: format not detected");
            };
            if (list.isEmpty()) {
                throw new BadInputException(file + ": the " + f + " file has a header but no assessment rows");
            }
            return list;
        } catch (InvalidInputException e) {
            throw BadInputException.of(file, e);
        }
    }

    /**
     * Reads a file that must hold exactly one assessment.
     *
     * @param file  the file
     * @param format  its format, or {@link InputFormat#AUTO}
     * @return the assessment
     * @throws BadInputException if the file is bad or holds more than one assessment
     */
    static Assessment one(Path file, InputFormat format) {
        List<Assessment> list = read(file, format);
        if (list.size() != 1) {
            throw new BadInputException(file + ": holds " + list.size() + " assessments, but this command takes "
                    + "one per file (use 'cohort' for a file of many)");
        }
        return list.get(0);
    }

    private static byte[] bytes(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException(file + ": is a folder, not a file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException(file + ": the file is over " + MAX_BYTES / (1024 * 1024)
                        + " MB; split it into smaller files");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException(file + ": permission denied");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}

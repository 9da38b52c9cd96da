package org.patientleadership.cli;

import java.nio.file.Path;
import java.util.List;

import org.patientleadership.InvalidInputException;
import org.patientleadership.Problem;

/**
 * A file that cannot be read or written, with a message naming the file, the place in it and what was wrong.
 * The command exits with code 1 and writes nothing.
 */
final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How many of a file's problems the message lists; the rest are counted. */
    static final int LISTED = 20;

    /**
     * Creates the exception from a message.
     *
     * @param message  the whole message, starting with the file
     */
    BadInputException(String message) {
        super(message, null, false, false);
    }

    /**
     * Describes a file the library refused, one problem a line.
     *
     * @param file  the file
     * @param e  the library's exception
     * @return the exception
     */
    static BadInputException of(Path file, InvalidInputException e) {
        List<Problem> problems = e.problems();
        StringBuilder b = new StringBuilder(file + ": cannot be read as " + e.format());
        if (problems.isEmpty()) {
            b.append(": ").append(e.getMessage());
        } else {
            b.append(problems.size() == 1 ? " (1 problem):" : " (" + problems.size() + " problems):");
            for (Problem p : problems.subList(0, Math.min(LISTED, problems.size()))) {
                b.append(System.lineSeparator()).append("  ").append(p);
            }
            if (problems.size() > LISTED) {
                b.append(System.lineSeparator()).append("  ... and ").append(problems.size() - LISTED)
                        .append(" more");
            }
        }
        return new BadInputException(b.append(System.lineSeparator()).append("Nothing was written.").toString());
    }
}

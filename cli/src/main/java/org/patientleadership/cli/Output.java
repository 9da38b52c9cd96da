package org.patientleadership.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a command's result to standard output or to a file. A file is written whole or not at all: the text
 * goes to a temporary file in the same folder, which then replaces the target in one step.
 */
final class Output {

    private Output() {
    }

    /**
     * Writes the text.
     *
     * @param text  the whole result
     * @param file  the file to write, or null for standard output
     * @param out  standard output
     * @throws BadInputException if the file cannot be written
     */
    static void write(String text, Path file, PrintWriter out) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = null;
        try {
            if (Files.isDirectory(target)) {
                throw new BadInputException(file + ": is a folder; give the name of the file to write");
            }
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": cannot be written: the folder " + dir + " does not exist");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be written (" + e.getMessage() + ")");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and named after the target; nothing more to do
                }
            }
        }
    }
}

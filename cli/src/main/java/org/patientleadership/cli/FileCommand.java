package org.patientleadership.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * What every command shares: how to read its input files, what to write and where, and the writing itself.
 */
abstract class FileCommand implements Callable<Integer> {

    @Mixin
    Options.In in = new Options.In();

    @Mixin
    Options.Out out = new Options.Out();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Writes the command's result where {@code --output} says, or to standard output.
     *
     * @param text  the whole result
     * @return the exit code for success, 0
     * @throws BadInputException if the output file cannot be written
     */
    final Integer write(String text) {
        Output.write(text, out.file, spec.commandLine().getOut());
        return 0;
    }
}

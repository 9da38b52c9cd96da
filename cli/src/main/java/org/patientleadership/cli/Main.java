package org.patientleadership.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code patient-leadership} command: scores and next steps of a self-assessment against the 40 points of
 * the guide "Bring it on", its report as HTML or Markdown, statistics of a cohort, and the change between two
 * assessments, read from JSON, CSV, REDCap records or FHIR QuestionnaireResponse files.
 *
 * <p>Data goes to standard output (or the {@code --output} file), messages to standard error. The exit code is
 * 0 on success, 1 when an input file is bad or an output cannot be written (the message names the file, the
 * row or JSON Pointer and what was wrong, and nothing is written), and 2 when the command line itself is wrong.
 */
@Command(name = "patient-leadership", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        usageHelpAutoWidth = true, sortOptions = false,
        description = {"Scores, next steps, reports, cohort statistics and change for self-assessments against the "
                + "40 points of the guide \"Bring it on - 40 ways to support Patient Leadership\".",
                "",
                "Reads JSON assessments, plain CSV (one row per assessment), REDCap records exports and FHIR "
                        + "QuestionnaireResponses; the format is worked out from the file, or set with "
                        + "--input-format."},
        subcommands = {ScoreCommand.class, CohortCommand.class, ChangeCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  patient-leadership score riverside-2026.json",
                "  patient-leadership score riverside-2026.json --format html -o report.html",
                "  patient-leadership cohort region-2026.csv --format md",
                "  patient-leadership change riverside-2025.json riverside-2026.json",
                "",
                "Exit codes: 0 done, 1 bad input file (nothing written), 2 wrong command line."})
public final class Main implements Runnable {

    /** The exit code when an input is bad or an output cannot be written. */
    static final int BAD_INPUT = 1;

    /** The exit code when the command line is wrong. */
    static final int USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command and exits with its code.
     *
     * @param args  the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the command, writing data to {@code out} and messages to {@code err}.
     *
     * @param args  the command line, not null
     * @param out  where data goes, not null
     * @param err  where messages go, not null
     * @return the exit code: 0 done, 1 bad input or output, 2 wrong command line
     */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new Main());
        line.setOut(out);
        line.setErr(err);
        line.registerConverter(InputFormat.class, t -> Options.parse(InputFormat.class, t, "an input format"));
        line.registerConverter(OutputFormat.class, t -> Options.parse(OutputFormat.class, t, "an output format"));
        line.setParameterExceptionHandler((e, a) -> {
            // A short message and where to find help, as git does; not the whole usage again.
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("patient-leadership: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
            cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options and "
                    + "examples.");
            cmd.getErr().flush();
            return USAGE;
        });
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof BadInputException bad) {
                cmd.getErr().println("patient-leadership: " + bad.getMessage());
                cmd.getErr().flush();
                return BAD_INPUT;
            }
            throw e;
        });
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "say what to do: score, cohort or change");
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"patient-leadership " + (v == null ? "(development build)" : v)};
        }
    }
}

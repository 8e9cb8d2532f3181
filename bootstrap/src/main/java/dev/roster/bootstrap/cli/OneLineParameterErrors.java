package dev.roster.bootstrap.cli;

import dev.roster.bootstrap.config.Settings;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * A value picocli cannot take (not a number, not a duration, an unknown option, a required one missing) is told in one
 * line naming the setting, as a flag and as its environment variable, with exit code 2: no usage page to scroll past.
 */
final class OneLineParameterErrors implements IParameterExceptionHandler {

    static final int BAD_SETTING = 2;

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine line = failure.getCommandLine();
        PrintWriter err = line.getErr();
        String help = line.getCommandSpec().qualifiedName() + " --help";
        err.println("roster: " + named(failure.getArgSpec()) + oneLine(failure.getMessage()) + " (see " + help + ")");
        err.flush();
        return BAD_SETTING;
    }

    private static String named(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            String name = option.longestName();
            String defaultValue = option.defaultValueString(false);
            boolean fromEnvironment = defaultValue != null && defaultValue.startsWith("${env:");
            return name + (fromEnvironment ? " (" + Settings.environmentName(name) + ")" : "") + ": ";
        }
        return "";
    }

    private static String oneLine(String message) {
        return message == null ? "bad command line" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}

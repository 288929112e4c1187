package org.wealthcrm.batch.cli;

import java.util.Arrays;

import org.wealthcrm.etl.generator.GenerateBank;

import picocli.CommandLine;

/** The command tree of crm-batch, built the same way whether Spring runs it or not. */
final class Commands {

    private Commands() {
    }

    /** {@code generate} is the demo-bank generator's own command, so its options are parsed and shown as it has them. */
    static CommandLine tree(CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new RootCommand(), factory);
        cli.addSubcommand("generate", new CommandLine(new GenerateBank()).setCommandName("generate"));
        cli.setExecutionExceptionHandler(Commands::refuseBadValue);
        return cli;
    }

    /** A value the generator refuses (e.g. too few customers) is a usage error of one line, not a stack trace. */
    private static int refuseBadValue(Exception failure, CommandLine command, CommandLine.ParseResult parsed)
            throws Exception {
        if (!(failure instanceof IllegalArgumentException && command.getCommand() instanceof GenerateBank)) {
            throw failure;
        }
        command.getErr().println(command.getCommandName() + ": " + failure.getMessage());
        return CommandLine.ExitCode.USAGE;
    }

    /** The arguments without {@code --crm.work-dir=...} and the like: Spring properties, not options of a command. */
    static String[] withoutSpringProperties(String... args) {
        return Arrays.stream(args).filter(arg -> !isSpringProperty(arg)).toArray(String[]::new);
    }

    private static boolean isSpringProperty(String arg) {
        int equals = arg.indexOf('=');
        return arg.startsWith("--") && equals > 0 && arg.substring(2, equals).contains(".");
    }
}

package org.wealthcrm.batch.cli;

import java.lang.reflect.Constructor;
import java.util.OptionalInt;

import org.wealthcrm.etl.generator.GenerateBank;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * What runs before Spring, so that it starts no application context and no database: usage and version
 * ({@code --help} of any command, {@code help}, no command at all), mistyped commands and options, and
 * {@code generate}, which only writes files. Everything else is left to Spring ({@link OptionalInt#empty()}).
 */
public final class StandaloneCommands {

    private StandaloneCommands() {
    }

    /** The exit code when the command line was handled here, empty when it needs the application. */
    public static OptionalInt run(String... args) {
        String[] command = Commands.withoutSpringProperties(args);
        CommandLine cli = Commands.tree(new UnwiredFactory());
        if (command.length == 0) {
            cli.usage(System.out);
            return OptionalInt.of(0);
        }
        ParseResult parsed;
        try {
            parsed = cli.parseArgs(command);
        } catch (ParameterException mistyped) {
            return OptionalInt.of(cli.execute(command));
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            return OptionalInt.of(0);
        }
        boolean generate = parsed.hasSubcommand() && parsed.subcommand().commandSpec().userObject() instanceof GenerateBank;
        return generate ? OptionalInt.of(cli.execute(command)) : OptionalInt.empty();
    }

    /**
     * Creates a command without its services, only to parse its options and print its usage: a command created here
     * is never called.
     */
    private static final class UnwiredFactory implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            Constructor<?> constructor = type.getDeclaredConstructors()[0];
            constructor.setAccessible(true);
            Class<?>[] types = constructor.getParameterTypes();
            Object[] none = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                none[i] = types[i] == boolean.class ? false : types[i].isPrimitive() ? 0 : null;
            }
            return type.cast(constructor.newInstance(none));
        }
    }
}

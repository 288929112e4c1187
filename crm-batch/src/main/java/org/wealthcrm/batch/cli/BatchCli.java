package org.wealthcrm.batch.cli;

import java.util.Arrays;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import picocli.CommandLine;

/** The command line of crm-batch: {@code night}, {@code demo}, {@code generate}. */
@Component
class BatchCli implements CommandLineRunner, ExitCodeGenerator {

    private final ApplicationContext context;
    private int exitCode;

    BatchCli(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(String... args) {
        String[] commandArgs = Arrays.stream(args).filter(a -> !isSpringProperty(a)).toArray(String[]::new);
        if (commandArgs.length == 0) {
            return;
        }
        CommandLine cli = new CommandLine(new RootCommand(), new SpringFactory(context));
        exitCode = cli.execute(commandArgs);
    }

    /** {@code --crm.work-dir=...} and the like are Spring properties, not options of a command. */
    private static boolean isSpringProperty(String arg) {
        int equals = arg.indexOf('=');
        return arg.startsWith("--") && equals > 0 && arg.substring(2, equals).contains(".");
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Creates commands as Spring beans when they are beans, so they get the services they need. */
    private record SpringFactory(ApplicationContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            return context.getBeanNamesForType(type).length > 0 ? context.getBean(type)
                    : CommandLine.defaultFactory().create(type);
        }
    }
}

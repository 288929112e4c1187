package org.wealthcrm.batch.cli;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import picocli.CommandLine;

/** The command line of crm-batch once Spring runs: the commands that need the database ({@link StandaloneCommands}). */
@Component
class BatchCli implements CommandLineRunner, ExitCodeGenerator {

    private final ApplicationContext context;
    private int exitCode;

    BatchCli(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(String... args) {
        String[] commandArgs = Commands.withoutSpringProperties(args);
        if (commandArgs.length == 0) {
            return;
        }
        exitCode = Commands.tree(new SpringFactory(context)).execute(commandArgs);
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

package org.wealthcrm.batch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "crm-batch", mixinStandardHelpOptions = true,
        description = "The nightly pipeline of the wealth CRM.",
        footer = "%'generate' needs no database; every other command starts the application and its database.",
        subcommands = {CommandLine.HelpCommand.class, NightCommand.class, DemoCommand.class, ServeCommand.class,
            TrainChurnCommand.class, TrainPropensityCommand.class, org.wealthcrm.batch.bench.BenchCommand.class})
class RootCommand {
}

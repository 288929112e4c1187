package org.wealthcrm.batch.cli;

import picocli.CommandLine.Command;

@Command(name = "crm-batch", mixinStandardHelpOptions = true,
        description = "The nightly pipeline of the wealth CRM.",
        subcommands = {NightCommand.class, DemoCommand.class, GenerateCommand.class, ServeCommand.class,
            TrainChurnCommand.class, TrainPropensityCommand.class, org.wealthcrm.batch.bench.BenchCommand.class})
class RootCommand {
}

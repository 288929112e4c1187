package org.wealthcrm.batch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.wealthcrm.etl.generator.GenerateBank;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "generate", description = "Generates a demo bank's extract files (see etl/README.md for options).")
class GenerateCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", description = "options of the generator, e.g. --out var/landing --customers 2000")
    List<String> options = new ArrayList<>();

    @Override
    public Integer call() {
        return new CommandLine(new GenerateBank()).execute(options.toArray(String[]::new));
    }
}

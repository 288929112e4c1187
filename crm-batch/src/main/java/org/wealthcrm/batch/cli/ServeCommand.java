package org.wealthcrm.batch.cli;

import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;
import org.wealthcrm.batch.schedule.Serving;

import picocli.CommandLine.Command;

@Component
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Stays up until stopped: the XXL-Job executor (crm.xxl.*) and, without an admin, the embedded"
                + " schedule (crm.schedule.*) that runs the night and the housekeeping.")
class ServeCommand implements Callable<Integer> {

    private final Serving serving;

    ServeCommand(Serving serving) {
        this.serving = serving;
    }

    @Override
    public Integer call() throws InterruptedException {
        serving.describe().forEach(System.out::println);
        serving.awaitShutdown();
        return 0;
    }
}

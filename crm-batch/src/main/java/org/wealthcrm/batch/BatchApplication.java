package org.wealthcrm.batch;

import java.util.OptionalInt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.wealthcrm.batch.cli.StandaloneCommands;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BatchApplication {

    public static void main(String[] args) {
        OptionalInt handled = StandaloneCommands.run(args);
        if (handled.isPresent()) {
            System.exit(handled.getAsInt());
        }
        ConfigurableApplicationContext application;
        try {
            application = SpringApplication.run(BatchApplication.class, args);
        } catch (RuntimeException failedToStart) {
            // Spring Boot has reported it already (a failure analysis such as a data folder in use, or the cause)
            System.exit(1);
            return;
        }
        System.exit(SpringApplication.exit(application));
    }
}

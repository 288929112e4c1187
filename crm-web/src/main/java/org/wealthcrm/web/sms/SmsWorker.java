package org.wealthcrm.web.sms;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** The background sender ({@code crm.sms.enabled=true}): one SMPP session, the outbox polled every few seconds. */
@Component
@ConditionalOnProperty(name = "crm.sms.enabled", havingValue = "true")
class SmsWorker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(SmsWorker.class);

    private final SmsSettings settings;
    private final SmscClient client;
    private final SmsDispatcher dispatcher;
    private ScheduledExecutorService executor;

    SmsWorker(SmsSettings settings, SmsMapper mapper, SmsLedger ledger, SmsInbound inbound, Clock clock,
              PlatformTransactionManager transactions) {
        this.settings = settings;
        this.client = new SmscClient(settings.smsc(), inbound);
        String worker = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.dispatcher = new SmsDispatcher(mapper, ledger, settings, clock, transactions, client, worker);
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "sms-sender"));
        long every = settings.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::runSafely, every, every, TimeUnit.MILLISECONDS);
    }

    private void runSafely() {
        try {
            dispatcher.runOnce();
        } catch (RuntimeException e) {
            LOG.warn("SMS sender round failed", e);
        }
    }

    @Override
    public synchronized void stop() {
        executor.shutdown();
        client.close();
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}

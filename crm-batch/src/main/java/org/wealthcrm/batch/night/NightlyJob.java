package org.wealthcrm.batch.night;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.wealthcrm.batch.analytics.AnalyticsLauncher;
import org.wealthcrm.batch.kpi.ManagerKpis;
import org.wealthcrm.batch.churnalert.ChurnAlerts;
import org.wealthcrm.batch.goal.GoalCompletion;
import org.wealthcrm.batch.listresult.ListResults;
import org.wealthcrm.batch.load.LoadSteps;
import org.wealthcrm.batch.load.MasterDataFixups;
import org.wealthcrm.batch.load.NightPreparation;
import org.wealthcrm.batch.load.StagedFiles;
import org.wealthcrm.batch.mart.MartPublisher;
import org.wealthcrm.batch.mart.MetricsExport;
import org.wealthcrm.batch.progress.RunProgress;
import org.wealthcrm.etl.extract.ExtractFile;

/**
 * The nightly job for one business date: check the delivery, clear the date, load every extract in dependency
 * order, derive master data, run the analytics, publish the mart, measure target lists, compute the manager
 * KPIs (their list rates read the lists' results), goals and churn alerts, write the metrics export.
 */
@Component
class NightlyJob {

    static final String NAME = "nightly";
    private static final List<ExtractFile> LOAD_ORDER = List.of(ExtractFile.HR_ORG, ExtractFile.HR_STAFF,
            ExtractFile.TA_FUND, ExtractFile.WM_PRODUCT, ExtractFile.CBS_CUSTOMER, ExtractFile.CBS_ACCOUNT,
            ExtractFile.CBS_BALANCE, ExtractFile.WM_HOLDING, ExtractFile.TA_NAV, ExtractFile.TA_SHARE,
            ExtractFile.TA_CONFIRM, ExtractFile.CBS_TXN, ExtractFile.CRM_ASSIGN);

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final LoadSteps loadSteps;
    private final NightPreparation preparation;
    private final MasterDataFixups fixups;
    private final AnalyticsLauncher analytics;
    private final MartPublisher mart;
    private final MetricsExport export;
    private final StagedFiles staged;
    private final NightPaths paths;
    private final RunListener runListener;
    private final FaultDrill faultDrill;
    private final RunProgress runProgress;
    private final ManagerKpis managerKpis;
    private final ListResults listResults;
    private final GoalCompletion goalCompletion;
    private final ChurnAlerts churnAlerts;

    NightlyJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, LoadSteps loadSteps,
               NightPreparation preparation, MasterDataFixups fixups, AnalyticsLauncher analytics, MartPublisher mart,
               MetricsExport export, StagedFiles staged, NightPaths paths, RunListener runListener,
               FaultDrill faultDrill, RunProgress runProgress, ManagerKpis managerKpis, ListResults listResults,
               GoalCompletion goalCompletion, ChurnAlerts churnAlerts) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.loadSteps = loadSteps;
        this.preparation = preparation;
        this.fixups = fixups;
        this.analytics = analytics;
        this.mart = mart;
        this.export = export;
        this.staged = staged;
        this.paths = paths;
        this.runListener = runListener;
        this.faultDrill = faultDrill;
        this.runProgress = runProgress;
        this.managerKpis = managerKpis;
        this.listResults = listResults;
        this.goalCompletion = goalCompletion;
        this.churnAlerts = churnAlerts;
    }

    Job build(LocalDate date) throws Exception {
        DeliveryCheck check = new DeliveryCheck(paths.landing());
        SimpleJobBuilder job = new JobBuilder(NAME, jobRepository).listener(runListener)
                .start(recheck(tasklet("check_delivery", new DeliveryTasklet(check, date))))
                .next(tasklet("prepare", () -> preparation.clear(date)));
        for (ExtractFile file : LOAD_ORDER) {
            FileDelivery delivery = check.check(file, date);
            if (!file.required() && !delivery.usable()) {
                continue;
            }
            job.next(loadSteps.load(file, delivery.dataFile(), date, delivery.recordCount()));
            afterLoad(job, file, date);
        }
        return job.next(tasklet("stage_contacts", () -> fixups.stageLastContacts(date)))
                .next(tasklet("analytics", (contribution, context) -> {
                    JobExecution execution = context.getStepContext().getStepExecution().getJobExecution();
                    analytics.run(date, staged.dateDir(date).getParent(), paths.history(), analyticsOutput(date),
                            line -> runProgress.report(execution, line));
                    return RepeatStatus.FINISHED;
                }))
                .next(tasklet("publish_mart", () -> mart.publish(date, analyticsOutput(date))))
                .next(tasklet("list_results", () -> listResults.measure(date)))
                .next(tasklet("manager_kpis", () -> managerKpis.compute(date)))
                .next(tasklet("goal_completion", () -> goalCompletion.compute(date)))
                .next(tasklet("churn_alerts", () -> churnAlerts.raise(date)))
                .next(tasklet("export_metrics", () -> export.export(date, paths.export())))
                .build();
    }

    private void afterLoad(SimpleJobBuilder job, ExtractFile file, LocalDate date) {
        switch (file) {
            case HR_ORG -> job.next(tasklet("org_paths", fixups::orgPaths));
            case CBS_CUSTOMER -> job.next(tasklet("name_initials", fixups::nameInitials));
            case CBS_ACCOUNT -> job.next(tasklet("deposit_products", () -> fixups.depositProducts(date)));
            case CRM_ASSIGN -> job.next(tasklet("bootstrap_assignments", () -> fixups.bootstrapAssignments(date)));
            default -> { }
        }
    }

    /** The delivery is checked again on every restart: files may have been re-delivered or damaged since. */
    private Step recheck(Step step) {
        ((org.springframework.batch.core.step.AbstractStep) step).setAllowStartIfComplete(true);
        return step;
    }

    private Path analyticsOutput(LocalDate date) throws java.io.IOException {
        Path dir = Files.createDirectories(paths.work().resolve("analytics"));
        return dir.resolve("metrics_" + date.format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv");
    }

    private Step tasklet(String name, Work work) {
        Tasklet tasklet = (contribution, context) -> {
            work.run();
            return RepeatStatus.FINISHED;
        };
        return tasklet(name, tasklet);
    }

    private Step tasklet(String name, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager).listener(faultDrill).build();
    }

    /** A piece of work in a tasklet step. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }
}

package org.wealthcrm.batch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Module rules of crm-batch: no package cycles, the demo-bank generator only behind the commands that make a demo
 * bank ({@code cli}, {@code demo}, {@code bench}), and nothing of the web application.
 */
@AnalyzeClasses(packages = "org.wealthcrm.batch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule topLevelPackagesWhenSlicedThenHaveNoCycles = slices()
            .matching("org.wealthcrm.batch.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule generatorWhenUsedThenOnlyByDemoCommands = noClasses()
            .that().resideOutsideOfPackages("org.wealthcrm.batch.cli..", "org.wealthcrm.batch.demo..",
                    "org.wealthcrm.batch.bench..")
            .should().dependOnClassesThat().resideInAPackage("org.wealthcrm.etl.generator..");

    @ArchTest
    static final ArchRule batchWhenCompiledThenNeverImportsWeb = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.wealthcrm.web..");
}

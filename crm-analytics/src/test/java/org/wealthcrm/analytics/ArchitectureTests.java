package org.wealthcrm.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Module rules of crm-analytics: plain Spark jobs, no Spring, no generator, no package cycles. */
@AnalyzeClasses(packages = "org.wealthcrm.analytics", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule topLevelPackagesWhenSlicedThenHaveNoCycles = slices()
            .matching("org.wealthcrm.analytics.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule analyticsWhenCompiledThenUsesNoSpring = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule analyticsWhenCompiledThenDoesNotUseGenerator = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.wealthcrm.etl.generator..");

    @ArchTest
    static final ArchRule analyticsWhenCompiledThenUsesNeitherBatchNorWeb = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.wealthcrm.batch..", "org.wealthcrm.web..");
}

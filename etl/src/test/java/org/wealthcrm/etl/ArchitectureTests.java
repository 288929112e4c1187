package org.wealthcrm.etl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Module rules of etl, the demo-bank generator. The contract it writes lives in crm-contract, which cannot depend on
 * etl at all (Maven), so production code never reaches the generator through the contract.
 */
@AnalyzeClasses(packages = "org.wealthcrm.etl", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule topLevelPackagesWhenSlicedThenHaveNoCycles = slices()
            .matching("org.wealthcrm.etl.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule etlWhenCompiledThenUsesNoOtherModule = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.wealthcrm.batch..", "org.wealthcrm.web..",
                    "org.wealthcrm.analytics..", "org.springframework..");
}

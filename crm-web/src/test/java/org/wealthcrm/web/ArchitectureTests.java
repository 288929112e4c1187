package org.wealthcrm.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Module rules of crm-web: feature packages without cycles, a feature's mapper stays inside the feature, no class
 * calls into a controller, and neither the batch nor the demo-bank generator is reachable from the web.
 */
@AnalyzeClasses(packages = "org.wealthcrm.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String WEB = "org.wealthcrm.web.";

    @ArchTest
    static final ArchRule featurePackagesWhenSlicedThenHaveNoCycles = slices()
            .matching("org.wealthcrm.web.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule webWhenCompiledThenNeverImportsBatch = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.wealthcrm.batch..");

    @ArchTest
    static final ArchRule webWhenCompiledThenDoesNotUseGenerator = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.wealthcrm.etl.generator..");

    @ArchTest
    static final ArchRule mapperWhenUsedThenOnlyInsideItsFeature = classes()
            .that().haveSimpleNameEndingWith("Mapper").and().areInterfaces()
            .should(beUsedOnlyBy("classes of its own feature package", ArchitectureTests::sameFeature));

    @ArchTest
    static final ArchRule controllerWhenCompiledThenNoOtherClassDependsOnIt = classes()
            .that().haveSimpleNameEndingWith("Controller").and().areTopLevelClasses()
            .should(beUsedOnlyBy("itself and its nested classes", ArchitectureTests::sameTopLevelClass));

    private interface Allowed {
        boolean test(JavaClass origin, JavaClass target);
    }

    private static ArchCondition<JavaClass> beUsedOnlyBy(String who, Allowed allowed) {
        return new ArchCondition<>("be used only by " + who) {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                for (Dependency dependency : target.getDirectDependenciesToSelf()) {
                    JavaClass origin = dependency.getOriginClass();
                    if (!allowed.test(origin, target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean sameFeature(JavaClass origin, JavaClass target) {
        return feature(origin).equals(feature(target));
    }

    private static boolean sameTopLevelClass(JavaClass origin, JavaClass target) {
        return topLevel(origin).equals(target);
    }

    private static JavaClass topLevel(JavaClass javaClass) {
        JavaClass current = javaClass;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }

    private static String feature(JavaClass javaClass) {
        String packageName = javaClass.getPackageName() + ".";
        if (!packageName.startsWith(WEB)) {
            return packageName;
        }
        String rest = packageName.substring(WEB.length());
        return rest.substring(0, rest.indexOf('.'));
    }
}

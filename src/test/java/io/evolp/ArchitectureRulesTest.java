package io.evolp;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of DESIGN §4, enforced: JavaFX only in ui, no cycles between top-level packages. */
class ArchitectureRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.evolp");
    }

    @Test
    void onlyUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("io.evolp.ui..")
                .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void launcherOnlyDelegatesToUiWithoutTouchingJavaFx() {
        noClasses().that().haveFullyQualifiedName(Launcher.class.getName())
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void coreDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("io.evolp.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.evolp.predict..", "io.evolp.evolve..", "io.evolp.compress..", "io.evolp.measure..",
                        "io.evolp.io..", "io.evolp.cli..", "io.evolp.ui..")
                .check(classes);
    }

    @Test
    void nothingButTheLauncherDependsOnFaces() {
        noClasses().that().resideOutsideOfPackages("io.evolp.cli..", "io.evolp.ui..")
                .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("io.evolp.cli..", "io.evolp.ui..")
                .check(classes);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("io.evolp.(*)..").should().beFreeOfCycles().check(classes);
    }
}

package io.evolp.measure;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Issue 12 for the measurement packages: no cycle between any two of them (sub-packages included —
 * {@code measure} ↔ {@code measure.agent} was one), and no Jackson: every wire and file format they
 * speak is a DTO in {@code io.evolp.io..}, mapped by a small class here.
 */
class MeasurePackagesTest {

    private static JavaClasses measure;

    @BeforeAll
    static void importMeasure() {
        measure = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.evolp.measure");
    }

    @Test
    void theClassesAreThere() {
        // guards the rules below against passing on an empty import
        org.junit.jupiter.api.Assertions.assertTrue(measure.size() > 50, "imported " + measure.size() + " classes");
    }

    @Test
    void measurePackagesHaveNoCycles() {
        slices().matching("io.evolp.(**)").should().beFreeOfCycles().check(measure);
    }

    @Test
    void measureDoesNotUseJackson() {
        noClasses().that().resideInAPackage("io.evolp.measure..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(measure);
    }
}

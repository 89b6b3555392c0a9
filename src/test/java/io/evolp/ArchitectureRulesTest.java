package io.evolp;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture of DESIGN §4 and README "Architecture", enforced on the main classes. Each rule
 * here is listed in the README with the same words, so what the README promises is what is checked.
 */
class ArchitectureRulesTest {

    /**
     * The layer order, lowest first. A package may use packages of its own layer or below, never
     * above. {@code core} and {@code task} are both foundations and do not use each other.
     */
    static final List<List<String>> LAYERS = List.of(
            List.of("core", "task"),
            List.of("io"),
            List.of("predict"),
            List.of("measure"),
            List.of("evolve"),
            List.of("compress"),
            List.of("analysis"),
            List.of("project"),
            List.of("workflow"),
            List.of("cli", "ui"));

    /**
     * The screens of the main window: each talks to the workspace, never to another screen. (ui.evolution is
     * not a screen but the evolution-check window the Predictors screen opens; ui.charts, ui.common and
     * ui.workspace are shared by all.)
     */
    static final Set<String> SCREENS = Set.of("datasets", "predictors", "compression", "devices", "welcome");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.evolp");
    }

    @Test
    void eachLayerUsesOnlyItselfAndTheLayersBelow() {
        for (int i = 0; i < LAYERS.size(); i++) {
            List<String> above = new ArrayList<>();
            for (int j = i + 1; j < LAYERS.size(); j++) {
                LAYERS.get(j).forEach(p -> above.add("io.evolp." + p + ".."));
            }
            for (String own : LAYERS.get(i)) {
                List<String> forbidden = new ArrayList<>(above);
                // Packages on the same layer are independent of each other (core/task, cli/ui).
                LAYERS.get(i).stream().filter(p -> !p.equals(own)).forEach(p -> forbidden.add("io.evolp." + p + ".."));
                if (forbidden.isEmpty()) continue;
                noClasses().that().resideInAPackage("io.evolp." + own + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                        .because("the layer order is " + LAYERS)
                        .check(classes);
            }
        }
    }

    @Test
    void noPackageCyclesAtAnyDepth() {
        slices().matching("io.evolp.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void screensDoNotDependOnEachOther() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String pkg = c.getPackageName();
                if (!pkg.startsWith("io.evolp.ui.")) return SliceIdentifier.ignore();
                String screen = pkg.substring("io.evolp.ui.".length()).split("\\.")[0];
                return SCREENS.contains(screen) ? SliceIdentifier.of(screen) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the screens " + SCREENS;
            }
        }).should().notDependOnEachOther().check(classes);
    }

    @Test
    void onlyUiUsesJavaFxAndControlsFx() {
        noClasses().that().resideOutsideOfPackage("io.evolp.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.chart.fx..")
                .check(classes);
    }

    @Test
    void jacksonOnlyInIo() {
        noClasses().that().resideOutsideOfPackage("io.evolp.io..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    /** Data frames are the analysis layer's tool; the domain below it and the workflow above stay free of them. */
    @Test
    void tablesawOnlyInAnalysisAndWhatShowsOrStoresItsTables() {
        noClasses().that().resideInAnyPackage("io.evolp.core..", "io.evolp.task..", "io.evolp.predict..",
                        "io.evolp.measure..", "io.evolp.evolve..", "io.evolp.compress..", "io.evolp.project..",
                        "io.evolp.workflow..")
                .should().dependOnClassesThat().resideInAPackage("tech.tablesaw..")
                .check(classes);
    }

    @Test
    void launcherDelegatesWithoutTouchingJavaFx() {
        noClasses().that().haveFullyQualifiedName(Launcher.class.getName())
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }
}

package nl.toezeggingen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Holds the arrows of DESIGN.md: the faces call app, app calls store/report, everything may use domain. The
 * headless picture is drawn by render, which only the faces use: app hands it the data, never the toolkit.
 */
@AnalyzeClasses(packages = "nl.toezeggingen", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("launcher").definedBy("nl.toezeggingen")
            .layer("ui").definedBy("nl.toezeggingen.ui..")
            .layer("cli").definedBy("nl.toezeggingen.cli..")
            .layer("app").definedBy("nl.toezeggingen.app..")
            .layer("store").definedBy("nl.toezeggingen.store..")
            .layer("render").definedBy("nl.toezeggingen.render..")
            .layer("report").definedBy("nl.toezeggingen.report..")
            .layer("importer").definedBy("nl.toezeggingen.importer..")
            .layer("domain").definedBy("nl.toezeggingen.domain..")
            .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("app").mayOnlyBeAccessedByLayers("ui", "cli", "launcher")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app")
            .whereLayer("render").mayOnlyBeAccessedByLayers("ui", "cli")
            .whereLayer("report").mayOnlyBeAccessedByLayers("app", "cli", "ui", "render")
            .whereLayer("importer").mayOnlyBeAccessedByLayers("app")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("ui", "cli", "app", "store", "report", "render",
                    "importer")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("nl.toezeggingen.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jdbi..",
                    "java.sql..", "org.h2..", "org.flywaydb..", "java.io..", "java.nio.file..", "java.net..",
                    "picocli..", "com.fasterxml..");

    /**
     * JavaFX in the window and in the one package that draws the timeline without a window, nowhere else: app,
     * domain, store, report, importer and cli stay plain Java (a command needs no toolkit to be read or tested).
     */
    @ArchTest
    static final ArchRule javaFxOnlyInUiAndRender = noClasses().that()
            .resideOutsideOfPackages("nl.toezeggingen.ui..", "nl.toezeggingen.render..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule uiNeverTouchesSql = noClasses().that().resideInAPackage("nl.toezeggingen.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jdbi..", "org.h2..",
                    "org.flywaydb..", "nl.toezeggingen.store..");

    @ArchTest
    static final ArchRule nothingOpensTheNetwork = noClasses().that().resideInAPackage("nl.toezeggingen..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection");

    /**
     * The window holds its state in instances (the window model, its {@code ui.Look}), never in static fields:
     * two windows in one program (a test after another) cannot see each other's theme or data, and no test
     * resets anything by hand. Constants aside; the one exception hands the quick start to the instance
     * Application.launch makes with no arguments.
     */
    @ArchTest
    static final ArchRule noStaticStateInUi = fields().that().areDeclaredInClassesThat()
            .resideInAPackage("nl.toezeggingen.ui..").and().areStatic()
            .and().doNotHaveFullName("nl.toezeggingen.ui.ToezeggingenApp.launching")
            .should().beFinal();
}

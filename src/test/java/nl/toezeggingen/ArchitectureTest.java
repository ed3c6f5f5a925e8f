package nl.toezeggingen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Holds the arrows of DESIGN.md: the faces call app, app calls store/report, everything may use domain. */
@AnalyzeClasses(packages = "nl.toezeggingen", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("launcher").definedBy("nl.toezeggingen")
            .layer("ui").definedBy("nl.toezeggingen.ui..")
            .layer("cli").definedBy("nl.toezeggingen.cli..")
            .layer("app").definedBy("nl.toezeggingen.app..")
            .layer("store").definedBy("nl.toezeggingen.store..")
            .layer("report").definedBy("nl.toezeggingen.report..")
            .layer("importer").definedBy("nl.toezeggingen.importer..")
            .layer("domain").definedBy("nl.toezeggingen.domain..")
            .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("app").mayOnlyBeAccessedByLayers("ui", "cli", "launcher")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app")
            .whereLayer("report").mayOnlyBeAccessedByLayers("app", "cli", "ui")
            .whereLayer("importer").mayOnlyBeAccessedByLayers("app")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("ui", "cli", "app", "store", "report", "importer")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("nl.toezeggingen.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jdbi..",
                    "java.sql..", "org.h2..", "org.flywaydb..", "java.io..", "java.nio.file..", "java.net..",
                    "picocli..", "com.fasterxml..");

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
}

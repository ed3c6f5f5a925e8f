package nl.toezeggingen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Jakarta Mail is used by the e-mail draft alone: with no other class naming it, the JVM loads its classes on
 * that export only, never while the window or a command starts.
 */
@AnalyzeClasses(packages = "nl.toezeggingen", importOptions = ImportOption.DoNotIncludeTests.class)
class MailLibraryTest {

    @ArchTest
    static final ArchRule onlyTheDraftUsesJakartaMail = noClasses()
            .that().haveNameNotMatching("nl\\.toezeggingen\\.report\\.overview\\.OverviewEml(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "jakarta.activation..",
                    "org.eclipse.angus..");
}

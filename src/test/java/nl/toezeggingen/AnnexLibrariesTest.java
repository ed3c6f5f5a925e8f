package nl.toezeggingen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Apache POI and PDFBox are used by the annex's writers alone: with no other class naming them, the JVM loads
 * them when a .docx or .pdf is written, never while the window or another command starts (issue 19).
 */
@AnalyzeClasses(packages = "nl.toezeggingen", importOptions = ImportOption.DoNotIncludeTests.class)
class AnnexLibrariesTest {

    @ArchTest
    static final ArchRule onlyTheWordWriterUsesPoi = noClasses()
            .that().haveNameNotMatching("nl\\.toezeggingen\\.report\\.annex\\.AnnexDocx(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..",
                    "org.apache.xmlbeans..", "com.microsoft.schemas..");

    @ArchTest
    static final ArchRule onlyThePdfWriterUsesPdfBox = noClasses()
            .that().haveNameNotMatching("nl\\.toezeggingen\\.report\\.annex\\.(AnnexPdf|PdfText|PdfFonts)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..");
}

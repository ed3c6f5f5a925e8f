package nl.toezeggingen.report.annex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * The outlines PDFBox keeps beside a font it does not embed. The annex writes Helvetica, which every PDF reader
 * brings; PDFBox itself only measures it (with the metrics it ships), yet asks its font mapper for outlines of a
 * look-alike, and the default mapper searches every font on the computer for one, writes a cache file into the
 * user's home folder and warns on standard error when it finds none. This mapper answers at once with the
 * Liberation Sans that PDFBox ships: nothing is searched, written or printed. Installed when a PDF is made.
 */
final class PdfFonts implements FontMapper {
    private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static boolean installed;

    private TrueTypeFont font;

    private PdfFonts() {
    }

    /** Replaces PDFBox's mapper once in this program: the annex is the only PDF it writes. */
    static synchronized void install() {
        if (!installed) {
            FontMappers.set(new PdfFonts());
            installed = true;
        }
    }

    private synchronized TrueTypeFont bundled() {
        if (font == null) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException(BUNDLED + " is missing from PDFBox");
                }
                font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return font;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(bundled(), false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(bundled(), false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, bundled(), true);
    }
}

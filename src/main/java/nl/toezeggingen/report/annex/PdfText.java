package nl.toezeggingen.report.annex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text in one of the PDF's fonts: measured with the font's own widths and wrapped to a cell. Helvetica's WinAnsi
 * encoding has every letter of Dutch, French and German; a character outside it (a Polish ł, a Czech ř, an
 * emoji) would make PDFBox refuse the whole page, so it is written as its letter without the accent (ő as o, ł as l)
 * where there is one, and as "?" where there is not.
 */
final class PdfText {
    /** Letters with a stroke or without a dot, which Unicode does not split into a letter and an accent. */
    private static final Map<Integer, String> PLAIN = Map.of((int) 'ł', "l", (int) 'Ł', "L", (int) 'đ', "d",
            (int) 'Đ', "D", (int) 'ħ', "h", (int) 'Ħ', "H", (int) 'ı', "i", (int) 'ŀ', "l", (int) 'Ŀ', "L");

    private static final String HYPHEN = "-";
    private static final int MIN_TAIL = 3;

    private final PDFont font;
    private final Map<Integer, String> shown = new HashMap<>();

    PdfText(PDFont font) {
        this.font = font;
    }

    PDFont font() {
        return font;
    }

    /** The text as this font can write it: composed (e + ¨ is ë), tabs as spaces, unknown characters replaced. */
    String safe(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> out.append(shown.computeIfAbsent(cp, this::writable)));
        return out.toString();
    }

    private String writable(int codePoint) {
        if (codePoint == '\n') {
            return "\n";
        }
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
            return " ";
        }
        String one = new String(Character.toChars(codePoint));
        if (encodes(one)) {
            return one;
        }
        String bare = PLAIN.getOrDefault(codePoint,
                Normalizer.normalize(one, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
        return !bare.isEmpty() && !bare.equals(one) && encodes(bare) ? bare : "?";
    }

    private boolean encodes(String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The width in points of an already safe text. */
    float width(String safeText, float size) {
        try {
            return font.getStringWidth(safeText) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text in lines no wider than {@code room} points: its own line breaks kept, broken between words, and a
     * word longer than the room (a long reference, a web address) broken inside it. Empty text is one empty line.
     */
    List<String> wrap(String text, float size, float room) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : safe(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String tried = line.isEmpty() ? word : line + " " + word;
                if (width(tried, size) <= room) {
                    line.setLength(0);
                    line.append(tried);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, size) > room) {
                    Piece piece = piece(rest, size, room);
                    lines.add(piece.line());
                    rest = rest.substring(piece.taken());
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The first line of a word too long for its room: up to its last hyphen or slash that fits (a compound such
     * as "klacht-" or a web address breaks there as it is), or else as many letters as fit with a hyphen added,
     * leaving at least {@value #MIN_TAIL} for the next line ("Koninkrijksrelat-" / "ies", not "...relatie-" / "s").
     * Never empty, so that wrapping always goes on.
     */
    private Piece piece(String word, float size, float room) {
        int end = 1;
        while (end < word.length() && width(word.substring(0, end + 1), size) <= room) {
            end++;
        }
        for (int i = end; i > 1; i--) {
            char c = word.charAt(i - 1);
            if (c == '-' || c == '/') {
                return new Piece(word.substring(0, i), i);
            }
        }
        int cut = end;
        while (cut > 1 && width(word.substring(0, cut) + HYPHEN, size) > room) {
            cut--;
        }
        if (word.length() - cut < MIN_TAIL) {
            cut = Math.max(1, Math.min(cut, word.length() - MIN_TAIL));
        }
        return cut < 2 ? new Piece(word.substring(0, end), end) : new Piece(word.substring(0, cut) + HYPHEN, cut);
    }

    /** A line cut from a long word, and how many of the word's characters it took. */
    private record Piece(String line, int taken) {
    }

    /** The text on one line of {@code room} points, cut with an ellipsis when it is longer. */
    String fit(String text, float size, float room) {
        String safe = safe(text).replace('\n', ' ');
        if (width(safe, size) <= room) {
            return safe;
        }
        String cut = safe;
        while (!cut.isEmpty() && width(cut + "…", size) > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}

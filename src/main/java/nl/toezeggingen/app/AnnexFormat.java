package nl.toezeggingen.app;

import java.util.Locale;
import java.util.Optional;

/** The forms the rappel's annex is saved in: a Word document to paste into the letter, a PDF for the parafeerroute. */
public enum AnnexFormat {
    DOCX("docx"), PDF("pdf");

    private final String extension;

    AnnexFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<AnnexFormat> parse(String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        for (AnnexFormat f : values()) {
            if (f.name().equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

package nl.toezeggingen.app;

import java.util.Locale;
import java.util.Optional;

/** The forms the status overview can be saved in, with the file extension each one gets. */
public enum OverviewFormat {
    HTML("html", true), TEXT("txt", true), CSV("csv", true), XLSX("xlsx", false), EML("eml", true),
    JSON("json", true);

    private final String extension;
    private final boolean printable;

    OverviewFormat(String extension, boolean printable) {
        this.extension = extension;
        this.printable = printable;
    }

    public String extension() {
        return extension;
    }

    /** Whether it may go to standard output as text: XLSX is binary and needs a file. */
    public boolean printable() {
        return printable;
    }

    public static Optional<OverviewFormat> parse(String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        for (OverviewFormat f : values()) {
            if (f.name().equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

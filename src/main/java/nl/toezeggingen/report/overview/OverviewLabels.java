package nl.toezeggingen.report.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.domain.overview.Overview;
import nl.toezeggingen.domain.overview.Row;
import nl.toezeggingen.domain.overview.Scope;
import nl.toezeggingen.domain.overview.Section;

/**
 * The user's words for an overview: {@code words} maps message keys (overview.*, status.*, urgency.*) to
 * text and {@code dates} writes a date the long way ("3 juli 2025"). The report layer cannot reach the
 * app's language handling, so the caller hands both in. Every rendering takes its cell texts from here.
 */
public record OverviewLabels(Function<String, String> words, Function<LocalDate, String> dates) {

    public String word(String key) {
        return words.apply(key);
    }

    public String date(LocalDate date) {
        return date == null ? "" : dates.apply(date);
    }

    public String status(Status status) {
        return word("status." + status.name());
    }

    public String urgency(Urgency urgency) {
        return word("urgency." + urgency.name());
    }

    public String section(Section.Kind kind) {
        return word("overview.section." + kind.name());
    }

    public String yesNo(boolean value) {
        return word(value ? "overview.yes" : "overview.no");
    }

    /** The resolved window: "3 juli 2025", or "1 oktober 2024 – 31 december 2024"; an estimate says so. */
    public String due(Deadline d) {
        if (d.latest() == null) {
            return "";
        }
        String window = d.earliest() == null ? date(d.latest()) : date(d.earliest()) + " – " + date(d.latest());
        return d.estimated() ? window + " (" + word("overview.estimated") + ")" : window;
    }

    /** Where it was promised: "Commissiedebat, 3 april 2024". */
    public String where(Commitment c) {
        List<String> parts = new ArrayList<>();
        if (c.madeIn() != null) {
            parts.add(c.madeIn());
        }
        if (c.madeOn() != null) {
            parts.add(date(c.madeOn()));
        }
        return String.join(", ", parts);
    }

    /**
     * What was done: "Afgedaan op 2 juli 2025 (Kamerbrief ...)"; a (partly) done commitment that names no
     * document says so, "Afgedaan op 2 juli 2025 (geen document vermeld)", so the gap is seen and filled.
     */
    public String fulfilled(Row row) {
        String by = document(row);
        if (row.doneOn() == null) {
            return by.isEmpty() ? "" : word("overview.col.fulfilledBy") + ": " + by;
        }
        String on = word("overview.col.fulfilledOn") + " " + date(row.doneOn());
        return by.isEmpty() ? on : on + " (" + by + ")";
    }

    /** The document that fulfilled it; for a (partly) done one without any, the words that say none is named. */
    public String document(Row row) {
        String by = row.commitment().fulfilledBy();
        if (by != null) {
            return by;
        }
        return row.isFulfilled() ? word("overview.fulfilledBy.none") : "";
    }

    /** "Te laat 3 · Binnenkort 1 · ...", in the order of urgency. */
    public String counts(Overview overview) {
        List<String> parts = new ArrayList<>();
        overview.counts().forEach((urgency, n) -> parts.add(urgency(urgency) + " " + n));
        return String.join(" · ", parts);
    }

    /** The selection in words: "Alle toezeggingen", or "dossier X, status Openstaand". */
    public String scope(Scope scope) {
        if (scope.isAll()) {
            return word("overview.scope.all");
        }
        List<String> parts = new ArrayList<>();
        if (scope.dossier() != null) {
            parts.add(word("overview.scope.dossier") + " " + scope.dossier());
        }
        if (scope.line() != null) {
            parts.add(word("overview.scope.line") + " " + scope.line());
        }
        if (scope.status() != null) {
            parts.add(word("overview.scope.status") + " " + status(scope.status()));
        }
        if (scope.urgency() != null) {
            parts.add(word("overview.scope.urgency") + " " + urgency(scope.urgency()));
        }
        return word("overview.scope.label") + ": " + String.join(", ", parts);
    }

    /** The line under the title: the selection and how far "binnenkort" looks. */
    public String subtitle(Overview overview) {
        return scope(overview.scope()) + " · " + word("overview.horizon").replace("{0}",
                Integer.toString(overview.horizonDays()));
    }

    /** A group heading: "Dossier — Actielijn", leaving out what is not there. */
    public String group(Section.Group group) {
        List<String> parts = new ArrayList<>();
        parts.add(group.dossier() == null ? word("overview.noDossier") : group.dossier());
        if (group.line() != null) {
            parts.add(group.line());
        }
        return String.join(" — ", parts);
    }
}

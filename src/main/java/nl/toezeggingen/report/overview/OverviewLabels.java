package nl.toezeggingen.report.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.domain.agenda.Event;
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

    /**
     * The phrase as the overview shows it: with the date of the moment it is tied to, "voor het commissiedebat
     * hoger onderwijs (12 maart 2025)"; as spoken when that moment has no date or there is none.
     */
    public String phrase(Row row) {
        String phrase = row.commitment().deadline().phrase();
        String when = eventWhen(row.event());
        return phrase == null || when.isEmpty() ? phrase : phrase + " (" + when + ")";
    }

    /**
     * The resolved window as {@link #due(Deadline)}; for a deadline whose moment has no date yet what it waits
     * for, "wacht op datum: commissiedebat hoger onderwijs", rather than nothing.
     */
    public String due(Row row) {
        Deadline d = row.commitment().deadline();
        String due = d.waitsForDate() ? waiting(row) : due(d);
        String passing = passing(row);
        return passing.isEmpty() ? due : due.isEmpty() ? passing : due + " · " + passing;
    }

    /**
     * What else is passing: "intern te laat: stuk had 20 juni 2025 bij de minister moeten zijn", or that the Kamer
     * still counts on an old deadline; empty when only the Kamer's own deadline matters.
     */
    public String passing(Row row) {
        var passing = row.tracked().passing();
        return passing == null ? "" : nl.toezeggingen.report.PassingWords.text(passing, words, dates);
    }

    /** "wacht op datum: commissiedebat hoger onderwijs", the moment as the agenda (or else the phrase) names it. */
    public String waiting(Row row) {
        String name = row.event() == null || row.event().name() == null ? row.commitment().deadline().phrase()
                : row.event().name();
        return word("overview.waiting").replace("{0}", name == null ? "" : name);
    }

    /** A moment's date: "12 maart 2025", "uiterlijk 31 mei 2025" (a rule's last day), a window; "" for none. */
    public String eventWhen(Event event) {
        if (event == null || !event.hasDate()) {
            return "";
        }
        if (event.date() != null) {
            return date(event.date());
        }
        return event.earliest() == null ? word("overview.event.byLatest").replace("{0}", date(event.latest()))
                : date(event.earliest()) + " – " + date(event.latest());
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
        return String.join(" · ", tallies(overview).stream().map(t -> t.word() + " " + t.count()).toList());
    }

    /**
     * One count as a reader sees it. {@code code} is the urgency's name, or WAITING_FOR_DATE; {@code section} the
     * section whose colour it wears.
     */
    public record Tally(String code, String word, int count, Section.Kind section) {
    }

    /**
     * The counts per urgency, in its order; those waiting for a date (urgency NO_DEADLINE) apart, after "op
     * schema" and out of "zonder termijn", and only when there are any: they have a deadline, only not its date.
     * The numbers add up to what the scope matched.
     */
    public List<Tally> tallies(Overview overview) {
        int waiting = overview.waitingForDate();
        List<Tally> tallies = new ArrayList<>();
        overview.counts().forEach((urgency, n) -> {
            if (urgency == Urgency.NO_DEADLINE && waiting > 0) {
                tallies.add(new Tally(Section.Kind.WAITING_FOR_DATE.name(), section(Section.Kind.WAITING_FOR_DATE),
                        waiting, Section.Kind.WAITING_FOR_DATE));
                n = n - waiting;
            }
            tallies.add(new Tally(urgency.name(), urgency(urgency), n, Section.Kind.of(urgency)));
        });
        return tallies;
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
        if (scope.chamber() != null) {
            parts.add(word("chamber." + scope.chamber().name()));
        }
        if (scope.committee() != null) {
            parts.add(word("overview.scope.committee") + " " + scope.committee());
        }
        if (scope.promisedTo() != null) {
            parts.add(word("overview.scope.promisedTo") + " " + scope.promisedTo());
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

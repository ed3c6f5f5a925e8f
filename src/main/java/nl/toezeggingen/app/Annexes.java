package nl.toezeggingen.app;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.overview.Scope;
import nl.toezeggingen.domain.rappel.Annex;
import nl.toezeggingen.domain.rappel.ProgressEntry;
import nl.toezeggingen.domain.rappel.RappelFacts;
import nl.toezeggingen.report.annex.AnnexDocx;
import nl.toezeggingen.report.annex.AnnexPdf;

/**
 * The rappel's annex (issue 19, point 6): which commitments it lists and what each cell says, built once from
 * the tracker; the Word and PDF writers only lay it out. Neither writer's library is touched before
 * {@link #render} is called, so the window and the other commands never load them.
 */
public final class Annexes {
    private static final Comparator<String> TEXT_ORDER = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);
    private static final Comparator<Commitment> BY_REFERENCE = Comparator
            .comparing(Commitment::reference, TEXT_ORDER)
            .thenComparing(Commitment::id, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Tracker tracker;
    private final Messages messages;

    public Annexes(Tracker tracker, Messages messages) {
        this.tracker = tracker;
        this.messages = messages;
    }

    /**
     * The annex of the commitments in {@code scope} as of the reference date {@code on}: the open ones (not done,
     * not lapsed), unless the scope asks for a status, then exactly those. One section per dossier, in the order
     * of the dossiers' names (the ones without a dossier last), rows in the order of their numbers.
     */
    public Annex build(Scope scope, LocalDate on, boolean draft) {
        Map<Long, RappelFacts> facts = tracker.rappel().facts();
        Map<String, List<Commitment>> byDossier = new TreeMap<>(TEXT_ORDER);
        List<Commitment> withoutDossier = new ArrayList<>();
        for (TrackedCommitment tracked : tracker.list()) {
            Commitment c = tracked.commitment();
            if (!scope.matches(tracked) || (scope.status() == null && c.status().isClosed())) {
                continue;
            }
            if (c.dossier() == null) {
                withoutDossier.add(c);
            } else {
                // Dossiers typed with another case are one dossier, as the scope options treat them.
                byDossier.computeIfAbsent(c.dossier(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Annex.Section> sections = new ArrayList<>();
        byDossier.forEach((dossier, found) -> sections.add(section(dossier, found, facts)));
        if (!withoutDossier.isEmpty()) {
            sections.add(section(messages.get("overview.noDossier"), withoutDossier, facts));
        }
        String date = messages.date(on);
        return new Annex(words(), on, messages.get("annex.on", date), scope.isAll() ? null : scopeWords(scope), draft,
                sections);
    }

    /** The annex as a file's bytes. */
    public byte[] render(Annex annex, AnnexFormat format) {
        return switch (format) {
            case DOCX -> AnnexDocx.render(annex);
            case PDF -> AnnexPdf.render(annex);
        };
    }

    /** The selection in the overview's words ("Selectie: dossier X"), so both exports name it alike. */
    public String scopeWords(Scope scope) {
        return new nl.toezeggingen.report.overview.OverviewLabels(messages::get, messages::date).scope(scope);
    }

    private Annex.Words words() {
        List<String> headings = List.of(messages.get("annex.col.reference"), messages.get("annex.col.title"),
                messages.get("annex.col.madeIn"), messages.get("annex.col.progress"), messages.get("annex.col.original"),
                messages.get("annex.col.new"));
        return new Annex.Words(messages.get("annex.title"), headings, messages.get("annex.draft"),
                messages.get("annex.page"), messages.get("annex.continued"));
    }

    private Annex.Section section(String dossier, List<Commitment> found, Map<Long, RappelFacts> facts) {
        List<Annex.Row> rows = found.stream().sorted(BY_REFERENCE)
                .map(c -> row(c, facts.getOrDefault(c.id(), RappelFacts.NONE))).toList();
        return new Annex.Section(dossier, rows);
    }

    Annex.Row row(Commitment c, RappelFacts facts) {
        String newTerm = facts.postponements() == 0 ? ""
                : term(c.deadline()) + "\n" + messages.get("annex.postponed", facts.postponements());
        return new Annex.Row(c.id(), c.reference(), c.title(), c.madeIn(), progress(c, facts.progress()),
                term(facts.originalOr(c.deadline())), newTerm);
    }

    /** The latest stand van zaken with its day ("12-06-2025: concept bij DGHO"), or else the notes. */
    private String progress(Commitment c, ProgressEntry latest) {
        if (latest != null) {
            DateTimeFormatter day = DateTimeFormatter.ofPattern(messages.get("annex.progress.date"), messages.locale());
            return messages.get("annex.progress", day.format(latest.on()), latest.text());
        }
        return c.notes();
    }

    /**
     * A deadline as it was promised and the day it stands for: "voor de zomer van 2025 (3 juli 2025)"; a phrase
     * that is only the date, the date once; a phrase without a date ("periodiek"), the phrase.
     */
    String term(Deadline d) {
        if (d == null) {
            return "";
        }
        String phrase = d.phrase();
        if (d.latest() == null) {
            return phrase == null ? "" : phrase;
        }
        String date = messages.date(d.latest());
        if (d.estimated()) {
            date = date + ", " + messages.get("overview.estimated");
        }
        return phrase == null || namesTheDay(phrase, d.latest()) ? date : phrase + " (" + date + ")";
    }

    private boolean namesTheDay(String phrase, LocalDate day) {
        String p = phrase.strip().toLowerCase(Locale.ROOT);
        if (p.equals(messages.date(day).toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String pattern : new String[] {"uuuu-MM-dd", "d-M-uuuu", "d/M/uuuu"}) {
            try {
                if (LocalDate.parse(p, DateTimeFormatter.ofPattern(pattern)).equals(day)) {
                    return true;
                }
            } catch (DateTimeParseException e) {
                // Not this way of writing a date; the phrase says more than the day.
            }
        }
        return false;
    }
}

package nl.toezeggingen.app;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Commitment.Field;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.FieldRules;
import nl.toezeggingen.domain.ImportFormat;
import nl.toezeggingen.domain.ImportIssue;
import nl.toezeggingen.domain.InvalidCommitmentException;
import nl.toezeggingen.domain.Problem;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.Text;
import nl.toezeggingen.domain.deadline.Located;
import nl.toezeggingen.importer.FileImporter;
import nl.toezeggingen.importer.Parsed;
import nl.toezeggingen.importer.RawRow;
import nl.toezeggingen.store.CommitmentStore.Linked;

/**
 * Brings in an existing list: every row checked as a save would check it, then all rows stored in one
 * transaction, or none. A row whose reference is already there updates that commitment (only the fields
 * the file has), so importing the same file twice changes nothing. The faces take one from {@link Tracker#imports}.
 */
public final class Imports {
    private static final DateTimeFormatter[] DATES = {
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            // "12 maart 2024": how the Eerste Kamer's register writes its dates.
            new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu")
                    .toFormatter(java.util.Locale.forLanguageTag("nl")).withResolverStyle(ResolverStyle.STRICT)};
    private static final String NO_MADE_ON = "deadline.refused.noMadeOn";

    private final Tracker tracker;
    private final Map<String, Status> statusWords;

    Imports(Tracker tracker) {
        this(tracker, Map.of());
    }

    /**
     * {@code statusWords}: the file's own status words ("Klaar") and what they mean, for this import; once it
     * is written they are remembered for the next ones (see {@link StatusWords}).
     */
    Imports(Tracker tracker, Map<String, Status> statusWords) {
        this.tracker = tracker;
        this.statusWords = Map.copyOf(statusWords);
    }

    /** Reads and checks the file, writes nothing: what `--dry-run` and the window's preview show. */
    public ImportReport check(Path file, ImportFormat format) {
        return check(file, format, Progress.NONE);
    }

    /** As {@link #check(Path, ImportFormat)}, telling {@code progress} how far it is; it may be stopped. */
    public ImportReport check(Path file, ImportFormat format, Progress progress) {
        return plan(file, format, progress).report(false);
    }

    /** Reads, checks and, when no row is refused, stores every row in one transaction. */
    public ImportReport run(Path file, ImportFormat format) {
        return run(file, format, Progress.NONE);
    }

    /**
     * As {@link #run(Path, ImportFormat)}, telling {@code progress} how far it is. Stopped halfway (the
     * user's Annuleren), it throws {@link Progress.Cancelled}: the one transaction is rolled back, nothing
     * is written.
     */
    public ImportReport run(Path file, ImportFormat format, Progress progress) {
        Plan plan = plan(file, format, progress);
        ImportReport checked = plan.report(false);
        if (!checked.accepted()) {
            return checked;
        }
        if (!plan.changes.isEmpty()) {
            int total = plan.changes.size();
            tracker.store().saveAll(plan.changes, tracker.user(), tracker.clock().instant(), saved -> {
                progress.stopIfCancelled();
                progress.at("progress.import.saving", saved, total);
            });
        }
        plan.words.remember(tracker.settings());
        return plan.report(true);
    }

    private Plan plan(Path file, ImportFormat format, Progress progress) {
        progress.at("progress.import.reading", 0, 0);
        Parsed parsed = FileImporter.read(file, format);
        progress.stopIfCancelled();
        Plan plan = new Plan(parsed, StatusWords.of(tracker.settings(), statusWords));
        if (parsed.rows().isEmpty()) {
            if (parsed.issues().stream().allMatch(ImportIssue::warning) && parsed.skipped() == 0) {
                plan.issues.add(ImportIssue.error(0, null, "import.file.noRows"));
            }
            return plan;
        }
        Map<String, Long> known = tracker.store().idsByReference();
        plan.shared = tracker.store().sharedReferences();
        Map<Long, Commitment> existing = new HashMap<>();
        if (parsed.rows().stream().anyMatch(r -> known.containsKey(Text.clean(r.get(Field.REFERENCE))))) {
            tracker.store().all().forEach(c -> existing.put(c.id(), c));
        }
        Map<Long, String> fileIds = new HashMap<>();
        parsed.rows().stream().filter(r -> r.id() != null && Text.clean(r.get(Field.REFERENCE)) != null)
                .forEach(r -> fileIds.putIfAbsent(r.id(), Text.clean(r.get(Field.REFERENCE))));
        Map<String, Integer> seen = new HashMap<>();
        int total = parsed.rows().size();
        int checked = 0;
        for (RawRow row : parsed.rows()) {
            new RowCheck(plan, row, known, existing, fileIds, seen).run();
            if (++checked % 500 == 0 || checked == total) {
                progress.stopIfCancelled();
                progress.at("progress.import.checking", checked, total);
            }
        }
        return plan;
    }

    /** The rows turned into changes, with everything found on the way. */
    private static final class Plan {
        final Parsed parsed;
        final List<ImportIssue> issues;
        final List<Linked> changes = new ArrayList<>();
        final StatusWords words;
        /** Per status word (Text.key), how the file first spelled it: "Klaar" and "klaar " are reported once. */
        final Map<String, String> spellings = new HashMap<>();
        /** References that data from before the one-per-reference rule holds more than once, with how often. */
        Map<String, Integer> shared = Map.of();
        int added;
        int updated;
        int unchanged;

        Plan(Parsed parsed, StatusWords words) {
            this.parsed = parsed;
            this.words = words;
            this.issues = new ArrayList<>(parsed.issues());
        }

        ImportReport report(boolean written) {
            return new ImportReport(parsed.format(), parsed.rows().size(), added, updated, unchanged, parsed.skipped(),
                    parsed.unknown(), issues, written);
        }
    }

    /** One row: its values read, merged over what is stored under its reference, and checked. */
    private final class RowCheck {
        private final Plan plan;
        private final RawRow row;
        private final Map<String, Long> known;
        private final Map<Long, Commitment> existing;
        private final Map<Long, String> fileIds;
        private final Map<String, Integer> seen;
        private final List<ImportIssue> found = new ArrayList<>();

        RowCheck(Plan plan, RawRow row, Map<String, Long> known, Map<Long, Commitment> existing,
                 Map<Long, String> fileIds, Map<String, Integer> seen) {
            this.plan = plan;
            this.row = row;
            this.known = known;
            this.existing = existing;
            this.fileIds = fileIds;
            this.seen = seen;
        }

        void run() {
            // The limits a save has (FieldRules), measured as the field will hold the value, checked first:
            // a value that cannot be stored is not worth reading further.
            for (Map.Entry<Field, Integer> max : FieldRules.maxLengths().entrySet()) {
                String value = cleaned(max.getKey());
                if (!FieldRules.fits(max.getKey(), value)) {
                    error(max.getKey(), "import.cell.tooLong", value.length(), max.getValue());
                }
            }
            if (!found.isEmpty()) {
                plan.issues.addAll(found);
                return;
            }
            String reference = Text.clean(row.get(Field.REFERENCE));
            if (reference != null) {
                Integer earlier = seen.putIfAbsent(reference, row.line());
                if (earlier != null) {
                    error(Field.REFERENCE, "import.reference.twice", reference, earlier);
                }
            }
            Long id = reference == null ? null : known.get(reference);
            Commitment before = id == null ? null : existing.get(id);
            if (id != null && plan.shared.containsKey(reference)) {
                found.add(ImportIssue.warning(row.line(), plan.parsed.column(Field.REFERENCE), "import.reference.shared",
                        reference, plan.shared.get(reference), id));
            }
            Commitment.Builder b = before == null ? Commitment.builder() : before.toBuilder();
            text(Field.REFERENCE, b::reference);
            text(Field.TITLE, b::title);
            text(Field.TEXT, b::text);
            text(Field.DOSSIER, b::dossier);
            text(Field.LINE, b::line);
            text(Field.MADE_IN, b::madeIn);
            text(Field.MADE_BY, b::madeBy);
            text(Field.OWNER, b::owner);
            text(Field.FULFILLED_BY, b::fulfilledBy);
            text(Field.NOTES, b::notes);
            text(Field.COMMITTEE, b::committee);
            if (row.has(Field.PROMISED_TO)) {
                b.promisedTo(Text.names(row.get(Field.PROMISED_TO).replace('\n', ';')));
            }
            chamber(b);
            status(b);
            date(Field.MADE_ON, b::madeOn);
            date(Field.FULFILLED_ON, b::fulfilledOn);
            LocalDate madeOn = b.build().madeOn();
            fulfilled(b, before, madeOn);
            deadline(b, before, madeOn);
            String link = link(b);
            Commitment commitment = b.build();
            for (Problem problem : commitment.problems(tracker.today())) {
                error(problem.field(), problem.key(), problem.args().toArray());
            }
            plan.issues.addAll(found);
            if (found.stream().anyMatch(i -> !i.warning())) {
                return;
            }
            if (before == null) {
                plan.added++;
            } else if (before.equals(commitment) && link == null) {
                plan.unchanged++;
                return;
            } else {
                plan.updated++;
            }
            plan.changes.add(new Linked(commitment, link));
        }

        private String cleaned(Field field) {
            return field == Field.TEXT || field == Field.NOTES ? Text.cleanLines(row.get(field)) : Text.clean(row.get(field));
        }

        private void text(Field field, java.util.function.Consumer<String> set) {
            if (row.has(field)) {
                set.accept(row.get(field));
            }
        }

        /**
         * The chamber as the file names it ("Tweede Kamer", "ek"); without a column, what the register number says
         * (TZ… is the Tweede Kamer's, T0… the Eerste Kamer's), which a chamber already known is never overruled by.
         */
        private void chamber(Commitment.Builder b) {
            String word = Text.clean(row.get(Field.CHAMBER));
            if (word != null) {
                nl.toezeggingen.domain.Chamber.of(word).ifPresentOrElse(b::chamber,
                        () -> error(Field.CHAMBER, "import.chamber.unknown", word));
            } else if (b.build().chamber() == null) {
                nl.toezeggingen.domain.Chamber.ofReference(b.build().reference()).ifPresent(b::chamber);
            }
        }

        private void status(Commitment.Builder b) {
            String word = Text.clean(row.get(Field.STATUS));
            if (word != null) {
                plan.words.read(word).ifPresentOrElse(b::status, () -> error(Field.STATUS, "import.status.unknown",
                        plan.spellings.computeIfAbsent(Text.key(word), key -> word)));
            }
        }

        /**
         * Done without a date of fulfilment: taken as done on the day it was made, which the row says and a
         * second import says again (the import date would move with every import and would put a whole old
         * register under "recently done"). Without a made-on date either: the import date. Said per row.
         */
        private void fulfilled(Commitment.Builder b, Commitment before, LocalDate madeOn) {
            Commitment now = b.build();
            if (now.status() != Status.DONE || now.fulfilledOn() != null) {
                return;
            }
            if (before != null && before.fulfilledOn() != null) {
                b.fulfilledOn(before.fulfilledOn()); // an earlier import or the user gave it one: keep that
            } else if (madeOn != null) {
                b.fulfilledOn(madeOn);
                warning(Field.STATUS, "import.done.onMadeOn");
            } else {
                b.fulfilledOn(tracker.today());
                warning(Field.STATUS, "import.done.onImportDate");
            }
        }

        private void date(Field field, java.util.function.Consumer<LocalDate> set) {
            if (row.has(field)) {
                set.accept(parseDate(field));
            }
        }

        private LocalDate parseDate(Field field) {
            String value = Text.clean(row.get(field));
            if (value == null) {
                return null;
            }
            for (DateTimeFormatter format : DATES) {
                try {
                    LocalDate date = LocalDate.parse(value, format);
                    if (!FieldRules.yearAllowed(date)) {
                        error(field, "import.date.year", value, FieldRules.MIN_YEAR, FieldRules.MAX_YEAR);
                        return null;
                    }
                    return date;
                } catch (DateTimeException e) {
                    // the next form
                }
            }
            error(field, "import.date.invalid", value);
            return null;
        }

        /**
         * Through the deadline language, as a save does; a register text is searched for a phrase instead.
         * Never counted from today: a relative phrase of a row without a made-on date keeps no dates.
         */
        private void deadline(Commitment.Builder b, Commitment before, LocalDate madeOn) {
            if (row.phraseInText()) {
                phraseInText(b, madeOn);
                return;
            }
            if (!row.has(Field.DEADLINE_PHRASE) && !row.has(Field.DEADLINE_EARLIEST) && !row.has(Field.DEADLINE_LATEST)) {
                return;
            }
            String phrase = row.has(Field.DEADLINE_PHRASE) ? row.get(Field.DEADLINE_PHRASE)
                    : before == null ? null : before.deadline().phrase();
            LocalDate earliest = row.has(Field.DEADLINE_EARLIEST) ? parseDate(Field.DEADLINE_EARLIEST) : null;
            LocalDate latest = row.has(Field.DEADLINE_LATEST) ? parseDate(Field.DEADLINE_LATEST) : null;
            try {
                b.deadline(tracker.settleDeadlineStrictly(phrase, earliest, latest, madeOn));
            } catch (InvalidCommitmentException e) {
                if (e.problems().stream().allMatch(p -> NO_MADE_ON.equals(p.key()))) {
                    b.deadline(new Deadline(phrase, null, null, false));
                    warning(Field.DEADLINE_PHRASE, "import.deadline.noMadeOn", Text.clean(phrase));
                    return;
                }
                e.problems().forEach(p -> error(Field.DEADLINE_PHRASE, p.key(), p.args().toArray()));
            }
        }

        /** The deadline part of the text becomes the phrase; the text itself stays whole. */
        private void phraseInText(Commitment.Builder b, LocalDate madeOn) {
            Located found = PhraseInText.find(tracker.deadlines(), row.get(Field.TEXT), madeOn).orElse(null);
            if (found == null) {
                b.deadline(Deadline.NONE);
            } else if (!found.resolution().understood()) {
                b.deadline(new Deadline(found.phrase(), null, null, false));
                warning(Field.TEXT, "import.deadline.noMadeOn", found.phrase());
            } else {
                b.deadline(found.resolution().deadline());
                if (found.leftover() != null) {
                    warning(Field.TEXT, "import.tk.phraseAmong", found.phrase(), found.leftover());
                }
            }
        }

        /** Our own export links by id; those ids are the file's, so the link goes by the target's reference. */
        private String link(Commitment.Builder b) {
            if (plan.parsed.format() != ImportFormat.JSON) {
                return null;
            }
            b.dependsOn(null);
            if (row.dependsOnId() == null) {
                return null;
            }
            String target = fileIds.get(row.dependsOnId());
            if (target == null) {
                found.add(ImportIssue.warning(row.line(), plan.parsed.column(Field.DEPENDS_ON), "import.link.lost",
                        row.dependsOnId()));
                return null;
            }
            Long stored = known.get(target);
            if (stored != null) {
                b.dependsOn(stored);
                return null;
            }
            return target;
        }

        private void error(Field field, String key, Object... args) {
            found.add(ImportIssue.error(row.line(), plan.parsed.column(field), key, args));
        }

        private void warning(Field field, String key, Object... args) {
            found.add(ImportIssue.warning(row.line(), plan.parsed.column(field), key, args));
        }
    }
}

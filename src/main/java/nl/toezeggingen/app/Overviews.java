package nl.toezeggingen.app;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.domain.overview.Overview;
import nl.toezeggingen.domain.overview.Row;
import nl.toezeggingen.domain.overview.Scope;
import nl.toezeggingen.domain.overview.Section;
import nl.toezeggingen.report.overview.MailPicture;
import nl.toezeggingen.report.overview.OverviewCsv;
import nl.toezeggingen.report.overview.OverviewEml;
import nl.toezeggingen.report.overview.OverviewHtml;
import nl.toezeggingen.report.overview.OverviewJson;
import nl.toezeggingen.report.overview.OverviewLabels;
import nl.toezeggingen.report.overview.OverviewText;
import nl.toezeggingen.report.overview.OverviewXlsx;

/** The status overview: built from the tracker for a scope, and rendered in the user's words. */
public final class Overviews {
    /** "Recent afgedaan" looks back this many days. */
    public static final int RECENT_DAYS = 30;

    private static final Comparator<String> TEXT_ORDER =
            Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);
    private static final Comparator<Row> BY_LAST_DAY = Comparator
            .comparing((Row r) -> r.commitment().deadline().latest(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.commitment().reference(), TEXT_ORDER)
            .thenComparing(r -> r.commitment().id());
    private static final Comparator<Row> BY_REFERENCE = Comparator
            .comparing((Row r) -> r.commitment().reference(), TEXT_ORDER)
            .thenComparing(r -> r.commitment().id());
    /** Those that wait for the same moment together: one date picked settles them all. */
    private static final Comparator<Row> BY_MOMENT = Comparator
            .comparing((Row r) -> r.event() == null ? null : r.event().name(), TEXT_ORDER)
            .thenComparing(BY_REFERENCE);
    private static final Comparator<Row> NEWEST_DONE_FIRST = Comparator
            .comparing(Row::doneOn, Comparator.reverseOrder())
            .thenComparing(BY_REFERENCE);

    private final Tracker tracker;
    private final Messages messages;
    private final TimelineDrawing timeline;

    /**
     * From {@link Tracker#overviews}. {@code timeline} draws the mail's picture (the faces pass the rendering
     * package's): required, so that no mail goes out without its timeline by accident.
     */
    Overviews(Tracker tracker, Messages messages, TimelineDrawing timeline) {
        this.tracker = tracker;
        this.messages = messages;
        this.timeline = java.util.Objects.requireNonNull(timeline, "timeline");
    }

    public Overview build(Scope scope, boolean grouped) {
        LocalDate today = tracker.today();
        List<TrackedCommitment> inScope = tracker.list().stream().filter(scope::matches).toList();
        Map<Urgency, Integer> counts = new EnumMap<>(Urgency.class);
        Map<Section.Kind, List<Row>> rows = new EnumMap<>(Section.Kind.class);
        Map<Long, LocalDate> statusSetOn = tracker.statusSetOnWhenUndated();
        nl.toezeggingen.report.CommitmentContext events = tracker.commitmentContext();
        for (TrackedCommitment t : inScope) {
            counts.merge(t.urgency(), 1, Integer::sum);
            // What else is passing (the internal deadline, the one the Kamer counts on) goes with the row's deadline.
            TrackedCommitment passing = new TrackedCommitment(t.commitment(), t.urgency(),
                    events.passing(t.commitment(), tracker.horizonDays()).orElse(null));
            Row row = Row.of(passing, statusSetOn.get(t.commitment().id()), events.event(t.commitment()))
                    .withRappel(events.rappel(t.commitment()), events.internalDeadline(t.commitment()));
            kind(row, today).ifPresent(kind -> rows.computeIfAbsent(kind, k -> new ArrayList<>()).add(row));
        }
        List<Section> sections = new ArrayList<>();
        for (Section.Kind kind : Section.Kind.values()) {
            List<Row> found = new ArrayList<>(rows.getOrDefault(kind, List.of()));
            found.sort(order(kind));
            sections.add(new Section(kind, grouped ? groups(found) : List.of(new Section.Group(null, null, found))));
        }
        return new Overview(messages.get("overview.title", today), today, scope, tracker.horizonDays(), grouped,
                counts, sections);
    }

    /** The words the renderers put around the data. */
    public OverviewLabels labels() {
        return new OverviewLabels(messages::get, messages::date);
    }

    public String html(Overview overview) {
        return OverviewHtml.render(overview, labels(), null);
    }

    public String text(Overview overview) {
        return OverviewText.render(overview, labels());
    }

    public byte[] csv(Overview overview) {
        return OverviewCsv.render(overview, labels());
    }

    public byte[] xlsx(Overview overview) {
        return OverviewXlsx.render(overview, labels());
    }

    public String json(Overview overview) {
        return OverviewJson.render(overview);
    }

    /** The email draft; {@code picture} (may be null) is shown inline above the tables. */
    public byte[] eml(Overview overview, MailPicture picture) {
        return emlWhileDrawing(overview, () -> picture);
    }

    private byte[] emlWhileDrawing(Overview overview, Supplier<MailPicture> drawing) {
        String to = tracker.settings().get(Setting.MAIL_TO);
        to = to.isBlank() ? null : to;
        return OverviewEml.renderWhileDrawing(overview, labels(), to, drawing);
    }

    /**
     * The same renderings as bytes, UTF-8 for the text forms; the one switch both faces use, so the mail
     * carries the timeline however it is asked for.
     */
    public byte[] render(Overview overview, OverviewFormat format) {
        return switch (format) {
            case HTML -> html(overview).getBytes(StandardCharsets.UTF_8);
            case TEXT -> text(overview).getBytes(StandardCharsets.UTF_8);
            case CSV -> csv(overview);
            case XLSX -> xlsx(overview);
            case EML -> emlWhileDrawing(overview, MailTimeline.drawing(tracker, overview, messages, timeline));
            case JSON -> json(overview).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static Optional<Section.Kind> kind(Row row, LocalDate today) {
        Section.Kind kind = Section.Kind.of(row.tracked());
        return kind != Section.Kind.RECENTLY_DONE || recentlyDone(row, today) ? Optional.of(kind)
                : Optional.empty();
    }

    /** Done in the last {@value #RECENT_DAYS} days: by its fulfilment date, or the day it was marked done. */
    private static boolean recentlyDone(Row row, LocalDate today) {
        LocalDate on = row.doneOn();
        return row.commitment().status() == Status.DONE && on != null && !on.isAfter(today)
                && !on.isBefore(today.minusDays(RECENT_DAYS));
    }

    private static Comparator<Row> order(Section.Kind kind) {
        return switch (kind) {
            case NO_DEADLINE -> BY_REFERENCE;
            case WAITING_FOR_DATE -> BY_MOMENT;
            case RECENTLY_DONE -> NEWEST_DONE_FIRST;
            default -> BY_LAST_DAY;
        };
    }

    private static List<Section.Group> groups(List<Row> rows) {
        Map<List<String>, List<Row>> byPlace = new LinkedHashMap<>();
        rows.stream()
                .sorted(Comparator.comparing((Row r) -> r.commitment().dossier(), TEXT_ORDER)
                        .thenComparing(r -> r.commitment().line(), TEXT_ORDER))
                .forEach(r -> byPlace.computeIfAbsent(
                        java.util.Arrays.asList(r.commitment().dossier(), r.commitment().line()),
                        k -> new ArrayList<>()).add(r));
        List<Section.Group> groups = new ArrayList<>();
        byPlace.forEach((place, found) -> groups.add(new Section.Group(place.get(0), place.get(1), found)));
        return groups;
    }
}

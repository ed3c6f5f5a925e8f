package nl.toezeggingen.report.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.agenda.EventStatus;

/**
 * The agenda's moments on the timeline: a thin line across the lanes for each day that has one, with its name in
 * the axis's top band. Names are placed per frame, because how close two marks are depends on the zoom: a name
 * runs to the right of its line and never past the next line or a year heading, so it is shortened when the next
 * one is near and left out (the tooltip still has it) when there is no room for a readable part.
 */
public final class EventMarks {
    /** A name shortened below this many letters (the ellipsis included) says nothing, so it is left out. */
    static final int MIN_LETTERS = 4;

    private EventMarks() {
    }

    /** The events of one day, drawn as one line: Prinsjesdag and a budget debate on the same Tuesday share it. */
    public record Mark(long day, List<Event> events) {
        public Mark {
            events = List.copyOf(events);
        }

        public LocalDate date() {
            return LocalDate.ofEpochDay(day);
        }

        /** The names, as the label says them. */
        public String name() {
            return events.stream().map(Event::name).collect(Collectors.joining(", "));
        }

        /** Drawn dashed: a date that is a rule's last day or an estimate, not the moment's own day. */
        public boolean estimated() {
            return events.stream().anyMatch(e -> e.isWindow() || e.status() == EventStatus.ESTIMATED);
        }

        /** Only shipped moments (Prinsjesdag): named in a quieter colour than the user's own. */
        public boolean rule() {
            return events.stream().allMatch(Event::rule);
        }
    }

    /** A mark in view: its line at {@code x}, and its name as far as it fits (empty: left out). */
    public record Placed(Mark mark, double x, String label) {
    }

    /** Room in the top band that something else (a year heading) already holds, from {@code from} to {@code to}. */
    public record Span(double from, double to) {
    }

    /** The events with a date, one mark per day, in the order of the days. */
    static List<Mark> of(List<Event> events) {
        Map<Long, List<Event>> byDay = new TreeMap<>();
        for (Event event : events) {
            if (event.hasDate()) {
                byDay.computeIfAbsent(event.latest().toEpochDay(), d -> new ArrayList<>()).add(event);
            }
        }
        return byDay.entrySet().stream().map(e -> new Mark(e.getKey(), e.getValue())).toList();
    }

    /** Where a mark's line goes: the middle of its day, as the today line. */
    public static double x(Mark mark, TimeAxis axis) {
        return axis.x(mark.day() + 0.5);
    }

    /** How far right of its line a name starts. */
    public static double labelOffset(TimelineMetrics m) {
        return m.px(4);
    }

    /** The width of one letter of a name: they are set in the axis's small type. */
    public static double letterWidth(TimelineMetrics m) {
        return m.smallFontSize() * 0.55;
    }

    /**
     * The marks whose line falls between {@code left} and {@code right}, each with the part of its name that fits,
     * in the order of their lines. The user's own moments are named first: a name runs to the next of their lines,
     * the right edge or a year heading ({@code taken}), across the line of a shipped moment if need be, since the
     * user's debate says more than Prinsjesdag. A shipped moment is then named only in the room that is left.
     */
    public static List<Placed> place(List<Mark> marks, TimeAxis axis, double left, double right, TimelineMetrics m,
                                     List<Span> taken) {
        List<Mark> inView = marks.stream().filter(mark -> {
            double x = x(mark, axis);
            return x >= left && x <= right;
        }).toList();
        String[] labels = new String[inView.size()];
        List<Span> named = new ArrayList<>(taken);
        for (boolean rules : new boolean[] {false, true}) {
            List<Span> placedNow = new ArrayList<>();
            for (int i = 0; i < inView.size(); i++) {
                if (inView.get(i).rule() != rules) {
                    continue;
                }
                double start = x(inView.get(i), axis) + labelOffset(m);
                double end = right - m.px(2);
                for (int j = i + 1; j < inView.size(); j++) {
                    // Only the user's lines bound a user's name; every line bounds a shipped one's.
                    if (rules || !inView.get(j).rule()) {
                        end = Math.min(end, x(inView.get(j), axis) - m.px(8));
                        break;
                    }
                }
                labels[i] = name(inView.get(i), start, end, named, m);
                if (!labels[i].isEmpty()) {
                    placedNow.add(new Span(start, start + labels[i].length() * letterWidth(m)));
                }
            }
            named.addAll(placedNow);
        }
        List<Placed> placed = new ArrayList<>(inView.size());
        for (int i = 0; i < inView.size(); i++) {
            placed.add(new Placed(inView.get(i), x(inView.get(i), axis), labels[i]));
        }
        return placed;
    }

    /** The mark's name from {@code start} to at most {@code end}, stopping before whatever of {@code taken} comes first. */
    private static String name(Mark mark, double start, double end, List<Span> taken, TimelineMetrics m) {
        double gap = m.px(8);
        for (Span span : taken) {
            if (span.to() > start - gap / 2 && span.from() < end) {
                end = span.from() <= start ? start : Math.min(end, span.from() - gap);
            }
        }
        return shorten(mark.name(), end - start, letterWidth(m));
    }

    /** The text cut to {@code room} pixels with an ellipsis, or empty when too little of it would be left. */
    static String shorten(String text, double room, double letter) {
        int fits = (int) (room / letter);
        if (fits < MIN_LETTERS) {
            return "";
        }
        return text.length() <= fits ? text : text.substring(0, fits - 1).stripTrailing() + "…";
    }
}

package nl.toezeggingen.report.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.deadline.Recess;
import nl.toezeggingen.domain.timeline.Dependencies;

/**
 * Where everything goes, in chart coordinates (y from the top of the first lane, time in epoch days), computed
 * once per change of the data so that a repaint only has to look up what is visible. Lanes are the action lines,
 * grouped under a heading per dossier; inside a lane, items are packed into rows so that none overlap in time.
 */
public final class TimelineLayout {
    public static final int UNDATED_SHOWN = 3;
    /** Room left after an item in its row before the next one may follow: space for its title. */
    static final long GAP_DAYS = 60;

    private final TimelineData data;
    private final TimelineMetrics metrics;
    private final double rowHeight;
    private final List<Group> groups = new ArrayList<>();
    private final List<Lane> lanes = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<Item> inTimeOrder = new ArrayList<>();
    private final Map<Long, Item> byId = new HashMap<>();
    private final List<Arrow> arrows = new ArrayList<>();
    private final List<EventMarks.Mark> marks;
    private final Dependencies dependencies;
    private final double height;
    private final long firstDay;
    private final long lastDay;

    /** A dossier's heading; {@code collapsed} hides its lanes. */
    public record Group(String dossier, double y, boolean collapsed, int count) {
    }

    /**
     * One action line. Listed in its header, since they cannot sit on the axis: {@code waiting}, its commitments
     * tied to a moment that has no date yet ("wacht op datum"), and {@code undated}, those without a deadline.
     */
    public record Lane(String dossier, String line, double y, double height, List<TrackedCommitment> undated,
                       List<TrackedCommitment> waiting) {
        /** The lines its header lists under its name: of each kind the first few, then how many more. */
        public int listed() {
            return listed(undated.size()) + listed(waiting.size());
        }

        private static int listed(int count) {
            return Math.min(count, UNDATED_SHOWN) + (count > UNDATED_SHOWN ? 1 : 0);
        }
    }

    /**
     * One commitment on the axis: a window from {@code startDay} to {@code endDay}, or a single day when
     * {@code window} is false. {@code nextStartDay} is where the next item in the same row starts, which is
     * as far as its title may run.
     */
    public record Item(TrackedCommitment tracked, long startDay, long endDay, boolean window, double y,
                       long nextStartDay, boolean datesInverted) {
        public long id() {
            return tracked.commitment().id();
        }

        public Commitment commitment() {
            return tracked.commitment();
        }
    }

    /** A row of items, sorted by start; {@code longest} bounds how far back a visible item can start. */
    public record Row(double y, Item[] items, long longest) {
    }

    /** {@code waiter} waits on {@code dependency}; {@code conflict} when that ends later or they wait in a circle. */
    public record Arrow(Item dependency, Item waiter, boolean conflict) {
    }

    /** At the size of a picture from the command line ({@link TimelineMetrics#DEFAULT}). */
    public TimelineLayout(TimelineData data, Set<String> collapsedDossiers) {
        this(data, collapsedDossiers, TimelineMetrics.DEFAULT);
    }

    /** Rows, headings and lane headers as high as text of {@code metrics}' font size needs. */
    public TimelineLayout(TimelineData data, Set<String> collapsedDossiers, TimelineMetrics metrics) {
        this.data = data;
        this.metrics = metrics;
        this.rowHeight = metrics.rowHeight();
        this.marks = EventMarks.of(data.events());
        this.dependencies = Dependencies.of(data.commitments().stream().map(TrackedCommitment::commitment).toList());
        Map<String, Map<String, List<TrackedCommitment>>> tree = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (TrackedCommitment t : data.commitments()) {
            tree.computeIfAbsent(t.commitment().dossier(), k -> new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder())))
                    .computeIfAbsent(t.commitment().line(), k -> new ArrayList<>()).add(t);
        }
        double y = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (var dossier : tree.entrySet()) {
            boolean collapsed = collapsedDossiers.contains(Objects.toString(dossier.getKey(), ""));
            int count = dossier.getValue().values().stream().mapToInt(List::size).sum();
            groups.add(new Group(dossier.getKey(), y, collapsed, count));
            y += metrics.dossierHeight();
            for (var line : dossier.getValue().entrySet()) {
                for (TrackedCommitment t : line.getValue()) {
                    Deadline d = t.commitment().deadline();
                    if (d.latest() != null) {
                        first = Math.min(first, d.start().toEpochDay());
                        last = Math.max(last, d.latest().toEpochDay());
                    }
                }
                if (!collapsed) {
                    y += placeLane(dossier.getKey(), line.getKey(), line.getValue(), y);
                }
            }
        }
        height = y;
        long today = data.today().toEpochDay();
        firstDay = Math.min(first == Long.MAX_VALUE ? today : first, today);
        lastDay = Math.max(last == Long.MIN_VALUE ? today : last, today);
        inTimeOrder.sort(Comparator.comparingLong(Item::startDay).thenComparingDouble(Item::y));
        for (Item waiter : inTimeOrder) {
            Long on = waiter.commitment().dependsOn();
            Item dependency = on == null ? null : byId.get(on);
            if (dependency != null) {
                boolean conflict = dependencies.inConflict(waiter.id()) || dependencies.inCycle(waiter.id());
                arrows.add(new Arrow(dependency, waiter, conflict));
            }
        }
    }

    private double placeLane(String dossier, String line, List<TrackedCommitment> commitments, double top) {
        List<TrackedCommitment> undated = new ArrayList<>();
        List<TrackedCommitment> waiting = new ArrayList<>();
        List<TrackedCommitment> dated = new ArrayList<>();
        for (TrackedCommitment t : commitments) {
            Deadline d = t.commitment().deadline();
            (d.latest() != null ? dated : waits(d) ? waiting : undated).add(t);
        }
        dated.sort(Comparator.comparing((TrackedCommitment t) -> t.commitment().deadline().start())
                .thenComparing(t -> t.commitment().deadline().latest()));
        List<List<TrackedCommitment>> packed = new ArrayList<>();
        List<Long> rowEnds = new ArrayList<>();
        for (TrackedCommitment t : dated) {
            Deadline d = t.commitment().deadline();
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) + GAP_DAYS >= d.start().toEpochDay()) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(Long.MIN_VALUE);
                packed.add(new ArrayList<>());
            }
            rowEnds.set(row, d.latest().toEpochDay());
            packed.get(row).add(t);
        }
        for (int r = 0; r < packed.size(); r++) {
            List<TrackedCommitment> row = packed.get(r);
            double y = top + r * rowHeight;
            Item[] items = new Item[row.size()];
            long longest = 0;
            // From the right, so each item knows where the next one starts.
            long next = Long.MAX_VALUE;
            for (int i = items.length - 1; i >= 0; i--) {
                items[i] = item(row.get(i), y, next);
                next = items[i].startDay();
                longest = Math.max(longest, items[i].endDay() - items[i].startDay());
            }
            for (Item item : items) {
                inTimeOrder.add(item);
                byId.put(item.id(), item);
            }
            rows.add(new Row(y, items, longest));
        }
        Lane lane = new Lane(dossier, line, top, 0, List.copyOf(undated), List.copyOf(waiting));
        double header = metrics.px(8) + metrics.headerLine() * (1 + lane.listed());
        double laneHeight = Math.max(Math.max(1, packed.size()) * rowHeight, header) + metrics.px(4);
        lanes.add(new Lane(dossier, line, top, laneHeight, lane.undated(), lane.waiting()));
        return laneHeight;
    }

    /** Tied to a moment that has no date yet: neither a start nor a last day to draw. */
    public static boolean waits(Deadline d) {
        return d.isEvent() && d.earliest() == null && d.latest() == null;
    }

    private static Item item(TrackedCommitment t, double y, long nextStartDay) {
        Deadline d = t.commitment().deadline();
        long start = d.start().toEpochDay();
        long latest = d.latest().toEpochDay();
        boolean inverted = d.earliest() != null && d.earliest().isAfter(d.latest());
        return new Item(t, start, latest, start < latest, y, nextStartDay, inverted);
    }

    public TimelineData data() {
        return data;
    }

    /** The sizes this layout was made for. */
    public TimelineMetrics metrics() {
        return metrics;
    }

    /** Height of one row of items. */
    public double rowHeight() {
        return rowHeight;
    }

    /** Where the middle of an item's row is, in chart coordinates. */
    public double centreY(Item item) {
        return item.y() + rowHeight / 2;
    }

    public List<Group> groups() {
        return groups;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Every item on the axis, by start day (then top to bottom): the order the arrow keys walk. */
    public List<Item> inTimeOrder() {
        return inTimeOrder;
    }

    public Item item(long id) {
        return byId.get(id);
    }

    public List<Arrow> arrows() {
        return arrows;
    }

    public Dependencies dependencies() {
        return dependencies;
    }

    public List<Recess> recesses() {
        return data.recesses();
    }

    /** The agenda's moments, one mark per day, by day. */
    public List<EventMarks.Mark> marks() {
        return marks;
    }

    /** Height of all lanes and headings together. */
    public double height() {
        return height;
    }

    /** The first and last day anything happens (today included). */
    public LocalDate firstDate() {
        return LocalDate.ofEpochDay(firstDay);
    }

    public LocalDate lastDate() {
        return LocalDate.ofEpochDay(lastDay);
    }

    /** The rows that overlap chart heights {@code top} to {@code bottom}, found by binary search. */
    public List<Row> rowsBetween(double top, double bottom) {
        int lo = 0;
        int hi = rows.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rows.get(mid).y() + rowHeight < top) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < rows.size() && rows.get(end).y() <= bottom) {
            end++;
        }
        return rows.subList(lo, end);
    }

    /** Index of the first item in {@code row} that may reach day {@code fromDay}. */
    public static int firstVisible(Row row, double fromDay) {
        double earliestStart = fromDay - row.longest();
        Item[] items = row.items();
        int lo = 0;
        int hi = items.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (items[mid].startDay() < earliestStart) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

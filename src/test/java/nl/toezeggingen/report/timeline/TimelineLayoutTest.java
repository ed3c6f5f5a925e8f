package nl.toezeggingen.report.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.report.timeline.TimelineLayout.Item;
import org.junit.jupiter.api.Test;

class TimelineLayoutTest {
    static final LocalDate TODAY = LocalDate.of(2025, 7, 10);

    static TrackedCommitment t(long id, String dossier, String line, LocalDate earliest, LocalDate latest, Long dependsOn) {
        Commitment c = Commitment.builder().id(id).title("item " + id).dossier(dossier).line(line)
                .deadline(new Deadline(null, earliest, latest, false)).dependsOn(dependsOn).build();
        return new TrackedCommitment(c, Urgency.of(c, TODAY, 14));
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void lanes_per_action_line_grouped_per_dossier_with_undated_items_in_the_header() {
        TimelineData data = new TimelineData(List.of(
                t(1, "B", "Lijn 2", null, d("2025-01-01"), null),
                t(2, "A", "Lijn 1", null, d("2025-02-01"), null),
                t(3, "B", "Lijn 1", d("2025-03-01"), d("2025-05-31"), null),
                t(4, "B", "Lijn 1", null, null, null)), List.of(), TODAY);
        TimelineLayout layout = new TimelineLayout(data, Set.of());
        assertThat(layout.groups()).extracting(TimelineLayout.Group::dossier).containsExactly("A", "B");
        assertThat(layout.lanes()).extracting(l -> l.dossier() + "/" + l.line())
                .containsExactly("A/Lijn 1", "B/Lijn 1", "B/Lijn 2");
        assertThat(layout.lanes().get(1).undated()).extracting(x -> x.commitment().id()).containsExactly(4L);
        assertThat(layout.inTimeOrder()).extracting(Item::id).containsExactly(1L, 2L, 3L);
        Item window = layout.item(3);
        assertThat(window.window()).isTrue();
        assertThat(window.startDay()).isEqualTo(d("2025-03-01").toEpochDay());
        assertThat(layout.item(4)).isNull();
    }

    /** Issue 18: tied to a debate that has no date yet, a commitment cannot be drawn, so its lane header lists it. */
    @Test
    void a_commitment_waiting_for_its_moments_date_is_listed_in_its_lane_header_apart_from_those_without_a_deadline() {
        Deadline waits = new Deadline("voor het commissiedebat hoger onderwijs", null, null, false,
                Deadline.Kind.EVENT, null, new Deadline.EventRef(7L, "Commissiedebat hoger onderwijs"));
        Commitment waiting = Commitment.builder().id(5L).title("Kamer informeren").dossier("A").line("L")
                .deadline(waits).build();
        Commitment after = Commitment.builder().id(6L).title("Na het debat").dossier("A").line("L")
                .deadline(new Deadline("na het commissiedebat", d("2025-03-13"), null, false, Deadline.Kind.EVENT,
                        null, new Deadline.EventRef(7L, "Commissiedebat"))).build();
        TimelineData data = new TimelineData(List.of(
                t(1, "A", "L", null, d("2025-01-01"), null),
                t(2, "A", "L", null, null, null),
                new TrackedCommitment(waiting, Urgency.of(waiting, TODAY, 14)),
                new TrackedCommitment(after, Urgency.of(after, TODAY, 14))), List.of(), TODAY);
        TimelineData without = new TimelineData(List.of(t(1, "A", "L", null, d("2025-01-01"), null),
                t(2, "A", "L", null, null, null)), List.of(), TODAY);

        TimelineLayout.Lane lane = new TimelineLayout(data, Set.of()).lanes().get(0);

        assertThat(lane.waiting()).extracting(x -> x.commitment().id()).containsExactly(5L);
        // A deadline from the day after a debate has a start, not a wait: it is listed as before.
        assertThat(lane.undated()).extracting(x -> x.commitment().id()).containsExactly(2L, 6L);
        assertThat(lane.listed()).isEqualTo(3);
        assertThat(lane.height()).as("one header line more than the lane without it")
                .isGreaterThan(new TimelineLayout(without, Set.of()).lanes().get(0).height());
        assertThat(new TimelineLayout(data, Set.of()).item(5)).isNull();
    }

    @Test
    void a_collapsed_dossier_keeps_its_heading_and_hides_its_lanes() {
        TimelineData data = new TimelineData(List.of(t(1, "A", "x", null, d("2025-01-01"), null),
                t(2, "B", "y", null, d("2025-01-01"), null)), List.of(), TODAY);
        TimelineLayout layout = new TimelineLayout(data, Set.of("A"));
        assertThat(layout.groups()).hasSize(2);
        assertThat(layout.groups().get(0).collapsed()).isTrue();
        assertThat(layout.lanes()).extracting(TimelineLayout.Lane::dossier).containsExactly("B");
        assertThat(layout.item(1)).isNull();
    }

    @Test
    void earliest_after_latest_is_drawn_on_the_last_day_and_marked() {
        TimelineData data = new TimelineData(List.of(t(1, "A", "x", d("2025-09-01"), d("2025-03-01"), null)),
                List.of(), TODAY);
        Item item = new TimelineLayout(data, Set.of()).item(1);
        assertThat(item.window()).isFalse();
        assertThat(item.datesInverted()).isTrue();
        assertThat(item.startDay()).isEqualTo(d("2025-03-01").toEpochDay());
    }

    @Test
    void a_cycle_and_a_late_dependency_become_conflict_arrows() {
        TimelineData data = new TimelineData(List.of(
                t(1, "A", "x", null, d("2025-12-31"), null),
                t(2, "A", "x", null, d("2025-07-03"), 1L),
                t(3, "A", "y", null, d("2025-01-01"), 4L),
                t(4, "A", "y", null, d("2025-02-01"), 3L),
                t(5, "A", "y", null, d("2026-02-01"), 4L)), List.of(), TODAY);
        TimelineLayout layout = new TimelineLayout(data, Set.of());
        assertThat(layout.arrows()).extracting(a -> a.waiter().id() + "<-" + a.dependency().id() + ":" + a.conflict())
                .containsExactlyInAnyOrder("2<-1:true", "3<-4:true", "4<-3:true", "5<-4:false");
        assertThat(layout.dependencies().cycles()).hasSize(1);
    }

    @Test
    void items_in_one_row_never_overlap_and_rows_are_found_by_height() {
        Random random = new Random(7);
        List<TrackedCommitment> all = new ArrayList<>();
        for (long id = 1; id <= 2000; id++) {
            LocalDate latest = d("2020-01-01").plusDays(random.nextInt(3650));
            LocalDate earliest = random.nextBoolean() ? latest.minusDays(random.nextInt(200)) : null;
            all.add(t(id, "D" + random.nextInt(3), "L" + random.nextInt(5), earliest, latest, null));
        }
        TimelineLayout layout = new TimelineLayout(new TimelineData(all, List.of(), TODAY), Set.of());
        assertThat(layout.inTimeOrder()).hasSize(2000);
        for (TimelineLayout.Row row : layout.rows()) {
            for (int i = 1; i < row.items().length; i++) {
                assertThat(row.items()[i].startDay()).isGreaterThan(row.items()[i - 1].endDay() + TimelineLayout.GAP_DAYS);
                assertThat(row.items()[i - 1].nextStartDay()).isEqualTo(row.items()[i].startDay());
            }
        }
        for (int probe = 0; probe < 100; probe++) {
            double y = random.nextDouble() * layout.height();
            for (TimelineLayout.Row row : layout.rows()) {
                boolean overlaps = row.y() + layout.rowHeight() >= y && row.y() <= y + 200;
                assertThat(layout.rowsBetween(y, y + 200).contains(row)).isEqualTo(overlaps);
            }
        }
    }

    @Test
    void rows_headers_and_axis_grow_with_the_font_size_and_keep_the_picture_sizes_at_12_px() {
        TimelineData data = new TimelineData(List.of(
                t(1, "A", "x", null, d("2025-01-01"), null),
                t(2, "A", "x", null, d("2025-01-20"), null),
                t(3, "A", "y", null, d("2025-03-01"), null)), List.of(), TODAY);
        TimelineLayout picture = new TimelineLayout(data, Set.of());
        assertThat(picture.metrics().fontSize()).isEqualTo(12);
        assertThat(picture.rowHeight()).isEqualTo(26);
        assertThat(picture.metrics().headerWidth()).isEqualTo(240);
        assertThat(picture.metrics().axisHeight()).isEqualTo(44);

        TimelineLayout large = new TimelineLayout(data, Set.of(), new TimelineMetrics(18));
        assertThat(large.rowHeight()).isEqualTo(39);
        assertThat(large.metrics().headerWidth()).isEqualTo(360);
        assertThat(large.metrics().axisHeight()).isEqualTo(66);
        // Items 1 and 2 are too close to share a row: the second row starts one (larger) row lower.
        assertThat(large.item(2).y() - large.item(1).y()).isEqualTo(39);
        assertThat(large.centreY(large.item(1))).isEqualTo(large.item(1).y() + 19.5);
        assertThat(large.height()).isGreaterThan(picture.height() * 1.4);
        assertThat(new TimelineMetrics(13 * 1.5).rowHeight()).isGreaterThan(new TimelineMetrics(13).rowHeight() * 1.4);
        assertThat(new TimelineMetrics(0).fontSize()).isEqualTo(TimelineMetrics.MIN_FONT_SIZE);
    }

    @Test
    void the_axis_maps_days_to_pixels_and_back_and_zooms_around_the_mouse() {
        TimeAxis axis = TimeAxis.showing(d("2025-01-01"), d("2025-12-31"), 240, 730);
        assertThat(axis.pxPerDay()).isCloseTo(2.0, within(1e-9));
        assertThat(axis.x(d("2025-01-01"))).isCloseTo(240, within(1e-9));
        assertThat(axis.date(axis.x(d("2025-07-10")) + 1)).isEqualTo(d("2025-07-10"));
        TimeAxis zoomed = axis.zoom(2, 500);
        assertThat(zoomed.day(500)).isCloseTo(axis.day(500), within(1e-9));
        assertThat(zoomed.pxPerDay()).isCloseTo(4.0, within(1e-9));
        assertThat(axis.panBy(100).x(d("2025-03-01"))).isCloseTo(axis.x(d("2025-03-01")) + 100, within(1e-9));
    }

    @Test
    void the_axis_shows_weeks_months_quarters_or_years_as_the_scale_allows() {
        assertThat(new TimeAxis(0, 10, 0).unit()).isEqualTo(TimeAxis.Unit.WEEK);
        assertThat(new TimeAxis(0, 2, 0).unit()).isEqualTo(TimeAxis.Unit.MONTH);
        assertThat(new TimeAxis(0, 0.6, 0).unit()).isEqualTo(TimeAxis.Unit.QUARTER);
        assertThat(new TimeAxis(0, 0.1, 0).unit()).isEqualTo(TimeAxis.Unit.YEAR);
        TimeAxis months = TimeAxis.showing(d("2025-01-01"), d("2025-12-31"), 0, 730);
        assertThat(months.ticks(730, Locale.forLanguageTag("nl-NL")))
                .filteredOn(tick -> tick.x() >= 0 && tick.x() < 730)
                .extracting(TimeAxis.Tick::label).startsWith("jan", "feb", "mrt").hasSize(12);
    }
}

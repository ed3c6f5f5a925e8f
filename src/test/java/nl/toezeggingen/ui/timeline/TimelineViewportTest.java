package nl.toezeggingen.ui.timeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.domain.deadline.Certainty;
import nl.toezeggingen.domain.deadline.Recess;
import nl.toezeggingen.domain.deadline.RecessKind;
import nl.toezeggingen.report.timeline.TimeAxis;
import nl.toezeggingen.report.timeline.TimelineData;
import nl.toezeggingen.report.timeline.TimelineLayout.Item;
import nl.toezeggingen.report.timeline.TimelineMetrics;
import org.junit.jupiter.api.Test;

/**
 * The timeline's viewport without a stage: the view it opens on, zoom, pan, scroll, selection and what is under
 * a point, on a canvas of 1100 x 420 at the default text size (lane headers 240 px, axis 44 px).
 */
class TimelineViewportTest {
    static final LocalDate TODAY = LocalDate.of(2025, 7, 15);
    static final double WIDTH = 1100;
    static final double HEIGHT = 420;
    static final double HEADER = TimelineMetrics.DEFAULT.headerWidth();
    static final double AXIS = TimelineMetrics.DEFAULT.axisHeight();
    static final double CHART = WIDTH - HEADER;

    private final List<TrackedCommitment> list = new ArrayList<>();
    private final List<Recess> recesses = new ArrayList<>();
    private final List<nl.toezeggingen.domain.agenda.Event> events = new ArrayList<>();

    private void add(long id, String line, LocalDate earliest, LocalDate latest) {
        Commitment c = Commitment.builder().id(id).reference("R" + id).title("Toezegging " + id).dossier("D").line(line)
                .deadline(new Deadline(null, earliest, latest, false)).build();
        list.add(new TrackedCommitment(c, Urgency.of(c, TODAY, 14)));
    }

    private TimelineViewport opened() {
        TimelineViewport viewport = new TimelineViewport(TimelineMetrics.DEFAULT);
        viewport.setData(data());
        viewport.resize(WIDTH, HEIGHT);
        return viewport;
    }

    private TimelineData data() {
        return new TimelineData(list, recesses, TODAY, java.util.Map.of(), events);
    }

    private static double x(TimelineViewport viewport, LocalDate day) {
        return viewport.axis().x(day);
    }

    /** The middle of an item's mark on the canvas. */
    private static double[] centre(TimelineViewport viewport, long id) {
        Item item = viewport.layout().item(id);
        double day = item.window() ? (item.startDay() + item.endDay() + 1) / 2.0 : item.endDay() + 0.5;
        return new double[] {viewport.axis().x(day), AXIS + viewport.layout().centreY(item) - viewport.scrollY()};
    }

    private static void assertInChart(double x) {
        assertThat(x).isBetween(HEADER, WIDTH);
    }

    @Test
    void without_overdue_items_it_opens_on_a_year_with_today_in_the_middle() {
        add(1, "L", null, TODAY.plusMonths(2));
        add(2, "L", null, TODAY.minusMonths(1).withDayOfMonth(1));
        // Closed items long ago do not pull the view back.
        list.set(1, new TrackedCommitment(list.get(1).commitment(), Urgency.CLOSED));
        TimelineViewport viewport = opened();
        assertThat(viewport.axis().pxPerDay()).isCloseTo(CHART / 400, within(1e-9));
        assertThat(x(viewport, TODAY)).isCloseTo(HEADER + CHART / 2, within(1.0));
    }

    @Test
    void it_opens_on_a_view_with_today_and_every_overdue_item_a_year_back() {
        LocalDate yearAgo = TODAY.minusYears(1);
        add(1, "L1", null, yearAgo);
        add(2, "L2", yearAgo.minusMonths(2), yearAgo.plusMonths(3));
        add(3, "L1", null, TODAY.minusDays(20));
        add(4, "L3", null, TODAY.plusMonths(2));
        add(5, "L3", TODAY.plusMonths(4), TODAY.plusMonths(6));
        assertThat(list.get(0).urgency()).isEqualTo(Urgency.OVERDUE);
        // A year's span around today, the old opening view, would cut the earliest overdue item off.
        assertThat(TODAY.minusDays(200)).isAfter(yearAgo);

        TimelineViewport viewport = opened();
        for (long overdue = 1; overdue <= 3; overdue++) {
            Item item = viewport.layout().item(overdue);
            assertThat(viewport.axis().x(item.endDay())).as("item %d", overdue).isGreaterThan(HEADER + 10);
        }
        assertInChart(x(viewport, TODAY));
        // A quarter of the view is for what comes next: the item two months ahead is in sight too.
        assertThat(x(viewport, TODAY)).isLessThanOrEqualTo(HEADER + CHART * 0.75 + 1);
        assertInChart(centre(viewport, 4)[0]);
    }

    @Test
    void an_overdue_item_too_far_back_for_any_scale_still_opens_on_today() {
        // A typing slip: a deadline in 1875. Even at the widest scale it cannot share the view with today.
        add(1, "L", null, LocalDate.of(1875, 1, 1));
        TimelineViewport viewport = opened();
        assertThat(viewport.axis().pxPerDay()).isEqualTo(TimeAxis.MIN_PX_PER_DAY);
        assertInChart(x(viewport, TODAY));
    }

    @Test
    void the_opening_view_is_the_same_whether_the_data_or_the_size_comes_first() {
        add(1, "L", null, TODAY.minusYears(1));
        add(2, "L", null, TODAY.plusMonths(1));
        TimelineViewport sizeFirst = new TimelineViewport(TimelineMetrics.DEFAULT);
        sizeFirst.resize(WIDTH, HEIGHT);
        sizeFirst.setData(data());
        assertThat(sizeFirst.axis()).isEqualTo(opened().axis());
        // Later data (a save, a filter) keeps the view the user has.
        sizeFirst.moveBy(-100, 0);
        var moved = sizeFirst.axis();
        sizeFirst.setData(data());
        assertThat(sizeFirst.axis()).isEqualTo(moved);
    }

    @Test
    void a_remembered_scale_is_kept_unless_it_cannot_show_today_and_what_is_overdue() {
        add(1, "L", null, TODAY.plusMonths(1));
        TimelineViewport viewport = new TimelineViewport(TimelineMetrics.DEFAULT);
        double month = CHART / 45;
        viewport.rememberScale(month);
        viewport.setData(data());
        viewport.resize(WIDTH, HEIGHT);
        assertThat(viewport.axis().pxPerDay()).isCloseTo(month, within(1e-9));
        assertThat(x(viewport, TODAY)).isCloseTo(HEADER + CHART / 2, within(1.0));

        add(2, "L", null, TODAY.minusMonths(5));
        TimelineViewport withOverdue = new TimelineViewport(TimelineMetrics.DEFAULT);
        withOverdue.setData(data());
        withOverdue.resize(WIDTH, HEIGHT);
        withOverdue.rememberScale(month);
        assertThat(withOverdue.axis().pxPerDay()).isLessThan(month);
        assertThat(centre(withOverdue, 2)[0]).isGreaterThan(HEADER + 10);
        assertInChart(x(withOverdue, TODAY));
    }

    @Test
    void zoom_buttons_set_the_span_around_the_selection_and_all_shows_everything() {
        add(1, "L", null, TODAY.minusYears(3));
        list.set(0, new TrackedCommitment(list.get(0).commitment(), Urgency.CLOSED));
        add(2, "L", null, TODAY.plusYears(2));
        TimelineViewport viewport = opened();
        viewport.zoom(TimelineZoom.ALL);
        assertInChart(centre(viewport, 1)[0]);
        assertInChart(centre(viewport, 2)[0]);
        viewport.select(2L);
        viewport.zoom(TimelineZoom.MONTH);
        assertThat(viewport.axis().pxPerDay()).isCloseTo(CHART / 45, within(1e-9));
        assertThat(x(viewport, TODAY.plusYears(2))).isCloseTo(HEADER + CHART / 2, within(1.0));
        viewport.showToday();
        assertThat(x(viewport, TODAY)).isCloseTo(HEADER + CHART / 2, within(1.0));
    }

    @Test
    void ctrl_wheel_zooms_at_the_pointer_shift_pans_and_the_plain_wheel_scrolls_the_lanes() {
        for (int i = 1; i <= 40; i++) {
            add(i, "Lijn " + i, null, TODAY.plusDays(i));
        }
        TimelineViewport viewport = opened();
        double at = 700;
        double dayUnder = viewport.axis().day(at);
        double scale = viewport.axis().pxPerDay();
        viewport.wheel(0, 40, at, true, false);
        assertThat(viewport.axis().pxPerDay()).isCloseTo(scale * TimelineZoom.STEP, within(1e-9));
        assertThat(viewport.axis().day(at)).isCloseTo(dayUnder, within(1e-6));
        double start = viewport.axis().startDay();
        viewport.wheel(0, 40, at, false, true);
        assertThat(viewport.axis().startDay()).isLessThan(start);
        viewport.wheel(0, -100, at, false, false);
        assertThat(viewport.scrollY()).isEqualTo(100);
        viewport.wheel(0, 1_000_000, at, false, false);
        assertThat(viewport.scrollY()).isZero();
        viewport.wheel(0, -1_000_000, at, false, false);
        assertThat(viewport.scrollY()).isEqualTo(viewport.layout().height() - (HEIGHT - AXIS));
        assertThat(viewport.vertical().max()).isEqualTo(viewport.scrollY());
    }

    @Test
    void a_small_wobble_is_a_click_a_longer_move_drags_the_chart() {
        add(1, "L", null, TODAY.plusDays(10));
        TimelineViewport viewport = opened();
        var before = viewport.axis();
        viewport.press(500, 200);
        assertThat(viewport.dragTo(502, 201)).isFalse();
        assertThat(viewport.dragged()).isFalse();
        assertThat(viewport.dragTo(560, 200)).isTrue();
        assertThat(viewport.dragged()).isTrue();
        assertThat(viewport.axis().startDay()).isCloseTo(before.startDay() - 60 / before.pxPerDay(), within(1e-9));
        viewport.press(500, 200);
        assertThat(viewport.dragged()).isFalse();
    }

    /** Issue 18: the meeting calendar's moment is found on its line and, in the axis, over where its name runs. */
    @Test
    void a_moment_of_the_calendar_is_under_its_line_and_its_name_but_an_item_comes_first() {
        add(1, "L", null, TODAY.plusDays(30));
        LocalDate debate = TODAY.plusDays(60);
        events.add(nl.toezeggingen.domain.agenda.Event.on("Commissiedebat hoger onderwijs",
                nl.toezeggingen.domain.agenda.EventKind.DEBATE, debate, null).withId(3L));
        recesses.add(new Recess(RecessKind.ZOMERRECES, TODAY.minusDays(5), TODAY.plusDays(90), Certainty.OFFICIAL));
        TimelineViewport viewport = opened();
        double x = viewport.axis().x(debate.toEpochDay() + 0.5);
        double below = AXIS + viewport.layout().height() + 20;

        Object onLine = viewport.under(x + 2, below);
        assertThat(onLine).isInstanceOf(nl.toezeggingen.report.timeline.EventMarks.Mark.class);
        assertThat(((nl.toezeggingen.report.timeline.EventMarks.Mark) onLine).name()).isEqualTo("Commissiedebat hoger onderwijs");
        // A little beside the line, in the chart: the recess it lies in.
        assertThat(viewport.under(x + 12, below)).isInstanceOf(Recess.class);
        // In the axis's top band, over the name.
        assertThat(viewport.under(x + 60, AXIS / 4)).isEqualTo(onLine);
        assertThat(viewport.under(x + 400, AXIS / 4)).isNull();
        // Where an item's title runs across the line, the item's.
        double[] one = centre(viewport, 1);
        assertThat(x - one[0]).as("the line lies within the item's title").isBetween(20.0, 200.0);
        assertThat(viewport.under(x, one[1])).isInstanceOf(Item.class);
    }

    @Test
    void the_item_under_a_point_is_its_mark_or_its_title_and_a_header_click_folds_the_dossier() {
        add(1, "L", null, TODAY.plusDays(10));
        add(2, "L", TODAY.plusDays(200), TODAY.plusDays(260));
        recesses.add(new Recess(RecessKind.ZOMERRECES, TODAY.minusDays(5), TODAY.plusDays(40), Certainty.OFFICIAL));
        TimelineViewport viewport = opened();
        double[] one = centre(viewport, 1);
        assertThat(viewport.itemAt(one[0], one[1]).id()).isEqualTo(1);
        // Its title runs to the right of the mark.
        assertThat(viewport.itemAt(one[0] + 100, one[1]).id()).isEqualTo(1);
        assertThat(viewport.itemAt(one[0], one[1] + 40)).isNull();
        double[] two = centre(viewport, 2);
        assertThat(viewport.itemAt(two[0], two[1]).id()).isEqualTo(2);
        // Above the rows, in the chart: the recess; in the header: the lane.
        assertThat(viewport.under(one[0], AXIS + 2)).isInstanceOf(Recess.class);
        assertThat(viewport.under(HEADER - 5, one[1])).isEqualTo(viewport.layout().lanes().get(0));

        assertThat(viewport.toggleGroupAt(AXIS + 5)).isTrue();
        assertThat(viewport.layout().groups().get(0).collapsed()).isTrue();
        assertThat(viewport.layout().item(1)).isNull();
        assertThat(viewport.toggleGroupAt(AXIS + 5)).isTrue();
        assertThat(viewport.layout().item(1)).isNotNull();
        assertThat(viewport.toggleGroupAt(HEIGHT - 5)).isFalse();
    }

    @Test
    void arrow_keys_start_from_today_and_a_selection_off_screen_is_brought_into_view() {
        add(1, "L", null, TODAY.minusDays(1));
        add(2, "L", TODAY.plusDays(90), TODAY.plusDays(120));
        add(3, "L", null, TODAY.plusYears(3));
        TimelineViewport viewport = opened();
        assertThat(viewport.step(1).id()).isEqualTo(2);
        viewport.select(2L);
        assertThat(viewport.step(-1).id()).isEqualTo(1);
        assertThat(viewport.step(1).id()).isEqualTo(3);
        assertThat(viewport.select(2L)).isFalse();
        assertThat(centre(viewport, 3)[0]).isGreaterThan(WIDTH);
        assertThat(viewport.select(3L)).isTrue();
        assertInChart(centre(viewport, 3)[0]);
        assertThat(viewport.selectedItem().id()).isEqualTo(3);
    }

    @Test
    void larger_text_keeps_the_day_in_the_middle_and_the_scale() {
        add(1, "L", null, TODAY.plusDays(10));
        TimelineViewport viewport = opened();
        double middle = viewport.axis().day(HEADER + CHART / 2);
        double scale = viewport.axis().pxPerDay();
        assertThat(viewport.fontSize(TimelineMetrics.DEFAULT_FONT_SIZE)).isFalse();
        assertThat(viewport.fontSize(18)).isTrue();
        double header = viewport.headerWidth();
        assertThat(header).isEqualTo(360);
        assertThat(viewport.axis().pxPerDay()).isEqualTo(scale);
        assertThat(viewport.axis().day(header + (WIDTH - header) / 2)).isCloseTo(middle, within(1e-6));
        assertThat(viewport.layout().rowHeight()).isEqualTo(39);
    }

    @Test
    void the_scroll_bars_reach_sixty_days_past_the_first_and_last_item() {
        add(1, "L", null, TODAY.minusYears(1));
        add(2, "L", null, TODAY.plusYears(1));
        TimelineViewport viewport = opened();
        viewport.zoom(TimelineZoom.MONTH);
        ScrollRange bar = viewport.horizontal();
        assertThat(bar.min()).isEqualTo(TODAY.minusYears(1).toEpochDay() - 60.0);
        assertThat(bar.max() + 45).isCloseTo(TODAY.plusYears(1).toEpochDay() + 60.0, within(1e-6));
        assertThat(bar.value()).isEqualTo(viewport.axis().startDay());
        viewport.scrollTo(bar.min());
        assertThat(viewport.axis().startDay()).isEqualTo(bar.min());
        assertThat(viewport.vertical().disabled()).isTrue();
    }

    @Test
    void viewport_and_hit_testing_are_plain_java() {
        JavaClasses classes = new ClassFileImporter().importClasses(TimelineViewport.class, TimelineZoom.class,
                ScrollRange.class, TimelineHits.class, DragGesture.class);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..").check(classes);
    }
}

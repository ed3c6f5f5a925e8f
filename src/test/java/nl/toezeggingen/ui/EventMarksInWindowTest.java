package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.agenda.EventKind;
import nl.toezeggingen.domain.agenda.EventStatus;
import nl.toezeggingen.report.timeline.EventMarks;
import nl.toezeggingen.report.timeline.TimelineLayout;
import nl.toezeggingen.ui.timeline.TimelineView;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 on the timeline, in the real window on 5 July 2024: the meeting calendar's moments are lines across the
 * lanes with their name on the axis, and a commitment waiting for its moment's date is listed in its lane header.
 */
class EventMarksInWindowTest extends WindowTestBase {
    private static final LocalDate DEBATE = LocalDate.of(2024, 9, 11);

    private TimelineView view() {
        return lookup(".timeline-view").query();
    }

    private Canvas canvas() {
        return lookup(".timeline-canvas").query();
    }

    private void seedAgenda() {
        try (Tracker tracker = options.openTracker()) {
            tracker.events().add(Event.on("Commissiedebat sociale veiligheid", EventKind.DEBATE, DEBATE,
                    EventStatus.UNCONFIRMED));
            tracker.events().add(Event.on("Commissiedebat hoger onderwijs", EventKind.DEBATE, null, null));
        }
        seed(Commitment.builder().reference("A").title("Brief over meldpunten").dossier("D").line("Lijn 1")
                        .madeOn(LocalDate.of(2024, 6, 7))
                        .deadline(new Deadline("voor het commissiedebat sociale veiligheid", null, null, false)).build(),
                Commitment.builder().reference("B").title("Stand van zaken zwijgbedingen").dossier("D").line("Lijn 1")
                        .madeOn(LocalDate.of(2024, 6, 7))
                        .deadline(new Deadline("voor het commissiedebat hoger onderwijs", null, null, false)).build());
    }

    private Color pixel(double x, double y) {
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = view().picture());
        return shot[0].getPixelReader().getColor((int) Math.round(x), (int) Math.round(y));
    }

    private static void assertColour(Color actual, String expected) {
        Color want = Color.web(expected);
        assertThat(actual.getRed()).isCloseTo(want.getRed(), within(0.03));
        assertThat(actual.getGreen()).isCloseTo(want.getGreen(), within(0.03));
        assertThat(actual.getBlue()).isCloseTo(want.getBlue(), within(0.03));
    }

    /** The text of the tooltip on screen; empty when none shows. */
    private String tooltip() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst().orElse("");
    }

    private void startWithAgenda() throws Exception {
        seedAgenda();
        startApp();
        waitForRows(2);
        waitUntil(() -> view().layoutModel() != null && !view().layoutModel().marks().isEmpty());
    }

    @Test
    void a_moment_of_the_calendar_is_a_line_across_the_lanes_with_its_name_in_the_tooltip() throws Exception {
        startWithAgenda();
        TimelineLayout layout = view().layoutModel();
        EventMarks.Mark debate = layout.marks().stream().filter(m -> m.date().equals(DEBATE)).findFirst().orElseThrow();
        assertThat(debate.name()).isEqualTo("Commissiedebat sociale veiligheid");
        // Prinsjesdag comes by rule; the debate without a date has no line.
        assertThat(layout.marks()).extracting(EventMarks.Mark::name)
                .contains("Prinsjesdag").doesNotContain("Commissiedebat hoger onderwijs");
        screenshot("timeline-event-marks", ".timeline-view");

        double x = Math.round(EventMarks.x(debate, view().axis()));
        assertThat(x).isBetween(view().metrics().headerWidth(), canvas().getWidth());
        // Below every lane only the lines are drawn: the moment's in its own light colour.
        double y = Math.min(canvas().getHeight() - 4, view().metrics().axisHeight() + layout.height() + 10);
        assertColour(pixel(x, y), "#b09ed8");
        assertColour(pixel(x + 3, y), "#ffffff");

        moveTo(canvas().localToScreen(new Point2D(x, y)));
        waitUntil(() -> !tooltip().isEmpty());
        assertThat(tooltip()).contains("Commissiedebat sociale veiligheid", "woensdag 11 september 2024",
                "onbevestigd", "1 termijn zit aan dit moment vast");
    }

    @Test
    void a_commitment_waiting_for_its_moments_date_is_listed_in_its_lane_header() throws Exception {
        startWithAgenda();
        TimelineLayout.Lane lane = view().layoutModel().lanes().get(0);
        assertThat(lane.waiting()).extracting(t -> t.commitment().reference()).containsExactly("B");
        assertThat(lane.undated()).isEmpty();
        assertThat(view().layoutModel().item(lane.waiting().get(0).commitment().id())).isNull();

        // The header's second line is the waiting one; its tooltip gives the whole line and what it waits for.
        double y = view().metrics().axisHeight() + lane.y() + view().metrics().px(4) + view().metrics().headerLine() * 1.5
                - view().scrollY();
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = view().picture());
        Color header = shot[0].getPixelReader().getColor(5, (int) y);
        long inked = java.util.stream.IntStream.range(20, 220)
                .filter(px -> !shot[0].getPixelReader().getColor(px, (int) Math.round(y)).equals(header)).count();
        assertThat(inked).as("pixels of the waiting line's text").isGreaterThan(10);
        moveTo(canvas().localToScreen(new Point2D(60, y)));
        waitUntil(() -> !tooltip().isEmpty());
        assertThat(tooltip()).contains("Lijn 1",
                "wacht op datum: Stand van zaken zwijgbedingen (voor het commissiedebat hoger onderwijs)");
    }
}

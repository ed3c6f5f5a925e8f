package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Status;
import org.junit.jupiter.api.Test;

/** Issue 16: marking a recurring commitment Afgedaan in the form moves it to its next occurrence. */
class RecurringInWindowTest extends WindowTestBase {

    @Test
    void afgedaan_on_a_recurring_commitment_plans_the_next_time_and_keeps_it_open() throws Exception {
        try (Tracker tracker = options.openTracker()) {
            tracker.save(Commitment.builder().reference("TZ-J").title("Voortgangsbrief sociale veiligheid")
                    .madeOn(LocalDate.of(2024, 3, 1))
                    .deadline(new Deadline("jaarlijks vóór het zomerreces", null, null, false)).build());
        }
        startApp();
        waitForRows(1);
        selectRow("TZ-J");
        assertThat(rows().get(0).commitment().deadline().latest()).isEqualTo(LocalDate.of(2024, 7, 4));
        choose("#statusBox", "Afgedaan");
        typeDate("#fulfilledOnPicker", "20-6-2024");
        clickOn("#saveButton");

        waitUntil(() -> rows().get(0).commitment().deadline().latest().equals(LocalDate.of(2025, 7, 3)));
        Commitment saved = stored().get(0);
        assertThat(saved.status()).isEqualTo(Status.OPEN);
        assertThat(saved.fulfilledOn()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(saved.deadline().kind()).isEqualTo(Deadline.Kind.RECURRING);
        screenshot("recurring-next-occurrence");
    }
}

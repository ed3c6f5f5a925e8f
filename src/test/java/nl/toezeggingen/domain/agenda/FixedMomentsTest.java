package nl.toezeggingen.domain.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.toezeggingen.domain.deadline.ParliamentCalendar;
import org.junit.jupiter.api.Test;

class FixedMomentsTest {

    @Test
    void prinsjesdagIsTheThirdTuesdayOfSeptemberAndOfficial() {
        Event p = FixedMoments.of("prinsjesdag", 2025).orElseThrow();
        assertThat(p.date()).isEqualTo(LocalDate.of(2025, 9, 16));
        assertThat(p.status()).isEqualTo(EventStatus.OFFICIAL);
        assertThat(p.rule()).isTrue();
        assertThat(FixedMoments.of("Prinsjesdag", 2024).orElseThrow().date()).isEqualTo(LocalDate.of(2024, 9, 17));
        assertThat(ParliamentCalendar.empty().prinsjesdag(2025)).isEqualTo(LocalDate.of(2025, 9, 16));
    }

    @Test
    void verantwoordingsdagIsTheThirdWednesdayOfMay() {
        assertThat(FixedMoments.of("Verantwoordingsdag", 2025).orElseThrow().date()).isEqualTo(LocalDate.of(2025, 5, 21));
        assertThat(FixedMoments.of("verantwoordingsdag", 2024).orElseThrow().date()).isEqualTo(LocalDate.of(2024, 5, 15));
    }

    @Test
    void theMiljoenennotaComesOnPrinsjesdagBeforeTheYearItIsNamedFor() {
        assertThat(FixedMoments.of("Miljoenennota", 2025).orElseThrow().date()).isEqualTo(LocalDate.of(2025, 9, 16));
        assertThat(FixedMoments.named("Miljoenennota", 2026).orElseThrow().date()).isEqualTo(LocalDate.of(2025, 9, 16));
        assertThat(FixedMoments.named("Voorjaarsnota", 2025).orElseThrow().latest()).isEqualTo(LocalDate.of(2025, 5, 31));
    }

    @Test
    void theSpringAndAutumnMemorandaAreEstimatedWindowsUpToTheirLegalLastDay() {
        Event spring = FixedMoments.of("Voorjaarsnota", 2025).orElseThrow();
        assertThat(spring.earliest()).isNull();
        assertThat(spring.latest()).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(spring.status()).isEqualTo(EventStatus.ESTIMATED);
        Event autumn = FixedMoments.of("najaarsnota", 2024).orElseThrow();
        assertThat(autumn.latest()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(autumn.status().isEstimate()).isTrue();
    }

    @Test
    void otherNamesAreNoRule() {
        assertThat(FixedMoments.of("Commissiedebat hoger onderwijs", 2025)).isEmpty();
        assertThat(FixedMoments.inYear(2025)).extracting(Event::name).containsExactly("Verantwoordingsdag",
                "Voorjaarsnota", "Prinsjesdag", "Miljoenennota", "Najaarsnota");
    }
}

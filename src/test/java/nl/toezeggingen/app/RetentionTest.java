package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetentionTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 10);

    @Test
    void keepsTheLastTenAndOnePerMonthForAYear() {
        List<BackupName> backups = new ArrayList<>();
        // two years of daily backups, the newest today
        for (int day = 0; day < 730; day++) {
            backups.add(new BackupName(TODAY.minusDays(day).atTime(9, 0), BackupName.START));
        }
        Set<BackupName> kept = new HashSet<>(backups);
        kept.removeAll(Retention.toDelete(backups, TODAY));

        assertThat(kept).hasSize(10 + 11); // July is among the last ten; eleven earlier months add one each
        for (int day = 0; day < 10; day++) {
            assertThat(kept).contains(new BackupName(TODAY.minusDays(day).atTime(9, 0), BackupName.START));
        }
        // the newest of each earlier month: its last day
        assertThat(kept).contains(new BackupName(LocalDateTime.of(2025, 6, 30, 9, 0), BackupName.START),
                new BackupName(LocalDateTime.of(2024, 8, 31, 9, 0), BackupName.START));
        assertThat(kept).noneMatch(b -> b.at().isBefore(LocalDateTime.of(2024, 8, 1, 0, 0)));
    }

    @Test
    void fewBackupsAreAllKept() {
        List<BackupName> backups = List.of(
                new BackupName(LocalDateTime.of(2020, 1, 1, 8, 0), BackupName.MANUAL),
                new BackupName(LocalDateTime.of(2025, 7, 9, 8, 0), BackupName.START));
        assertThat(Retention.toDelete(backups, TODAY)).isEmpty();
    }

    @Test
    void randomHistories_neverDropTheNewestTenOrAMonthsNewest() {
        Random random = new Random(20250710);
        for (int round = 0; round < 200; round++) {
            List<BackupName> backups = new ArrayList<>();
            int count = 1 + random.nextInt(60);
            for (int i = 0; i < count; i++) {
                backups.add(new BackupName(TODAY.atTime(12, 0).minusMinutes(random.nextInt(600 * 24 * 60)),
                        BackupName.START));
            }
            Set<BackupName> deleted = Retention.toDelete(backups, TODAY);
            List<BackupName> newestFirst = backups.stream().distinct().sorted(java.util.Comparator.reverseOrder()).toList();
            assertThat(deleted).doesNotContainAnyElementsOf(newestFirst.subList(0, Math.min(10, newestFirst.size())));
            assertThat(backups.size() - deleted.size()).isLessThanOrEqualTo(10 + 12);
        }
    }

    @Test
    void namesSortByTimeAndParseBack() {
        BackupName name = new BackupName(LocalDateTime.of(2025, 7, 10, 9, 30, 5), BackupName.BEFORE_RESTORE);
        assertThat(name.fileName()).isEqualTo("toezeggingen-2025-07-10T093005-voor-terugzetten.zip");
        assertThat(BackupName.parse(name.fileName())).contains(name);
        assertThat(BackupName.parse("vakantiefoto.zip")).isEmpty();
        assertThat(BackupName.parse("toezeggingen-2025-13-40T093005-start.zip")).isEmpty();
    }
}

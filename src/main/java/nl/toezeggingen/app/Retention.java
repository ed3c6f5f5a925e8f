package nl.toezeggingen.app;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which backups stay: the last 10, plus the newest of each of the last twelve months. */
final class Retention {
    static final int LAST = 10;
    static final int MONTHS = 12;

    private Retention() {
    }

    static Set<BackupName> toDelete(Collection<BackupName> backups, LocalDate today) {
        List<BackupName> newestFirst = backups.stream().sorted(Comparator.reverseOrder()).toList();
        YearMonth oldestMonth = YearMonth.from(today).minusMonths(MONTHS - 1L);
        Set<BackupName> keep = new HashSet<>(newestFirst.subList(0, Math.min(LAST, newestFirst.size())));
        Set<YearMonth> monthsKept = new HashSet<>();
        for (BackupName backup : newestFirst) {
            YearMonth month = YearMonth.from(backup.at());
            if (!month.isBefore(oldestMonth) && monthsKept.add(month)) {
                keep.add(backup);
            }
        }
        Set<BackupName> delete = new HashSet<>(backups);
        delete.removeAll(keep);
        return delete;
    }
}

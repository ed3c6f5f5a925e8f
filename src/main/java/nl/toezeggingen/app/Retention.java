package nl.toezeggingen.app;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups stay: the last 10, plus the newest of each of the last twelve months, counting only
 * backups with data. A backup of an empty register never takes one of those places; only the newest of
 * them stays, so a fresh start or an emptied register cannot push out the copies that hold the work.
 */
final class Retention {
    static final int LAST = 10;
    static final int MONTHS = 12;

    private Retention() {
    }

    static Set<BackupName> toDelete(Collection<BackupName> backups, LocalDate today) {
        return toDelete(backups, Set.of(), today);
    }

    static Set<BackupName> toDelete(Collection<BackupName> backups, Set<BackupName> empty, LocalDate today) {
        List<BackupName> newestFirst = backups.stream().filter(b -> !empty.contains(b))
                .sorted(Comparator.reverseOrder()).toList();
        YearMonth oldestMonth = YearMonth.from(today).minusMonths(MONTHS - 1L);
        Set<BackupName> keep = new HashSet<>(newestFirst.subList(0, Math.min(LAST, newestFirst.size())));
        Set<YearMonth> monthsKept = new HashSet<>();
        for (BackupName backup : newestFirst) {
            YearMonth month = YearMonth.from(backup.at());
            if (!month.isBefore(oldestMonth) && monthsKept.add(month)) {
                keep.add(backup);
            }
        }
        empty.stream().filter(backups::contains).max(Comparator.naturalOrder()).ifPresent(keep::add);
        Set<BackupName> delete = new HashSet<>(backups);
        delete.removeAll(keep);
        return delete;
    }
}

package nl.toezeggingen.domain.overview;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.toezeggingen.domain.Urgency;

/**
 * The status overview that is sent by email, as plain data: every rendering (HTML, text, CSV, XLSX, EML,
 * JSON) is made from this one value, so they cannot disagree.
 *
 * @param title       the heading and the email's subject, already in the user's language
 * @param counts      how many commitments in scope have each urgency (all closed ones, not only recent); those
 *                    waiting for a date are NO_DEADLINE here, see {@link #waitingForDate()}
 * @param horizonDays how far ahead "binnenkort" looked
 */
public record Overview(String title, LocalDate date, Scope scope, int horizonDays, boolean grouped,
        Map<Urgency, Integer> counts, List<Section> sections) {

    public Overview {
        EnumMap<Urgency, Integer> all = new EnumMap<>(Urgency.class);
        for (Urgency u : Urgency.values()) {
            all.put(u, counts.getOrDefault(u, 0));
        }
        counts = Collections.unmodifiableMap(all);
        sections = List.copyOf(sections);
    }

    /** How many commitments the scope matched. */
    public int matched() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Nothing matched the scope: there is nothing to send. */
    public boolean isEmpty() {
        return matched() == 0;
    }

    /**
     * How many open commitments wait for their moment's date: counted under NO_DEADLINE in {@link #counts} (their
     * urgency), shown apart in their own section.
     */
    public int waitingForDate() {
        return sections.stream().filter(s -> s.kind() == Section.Kind.WAITING_FOR_DATE)
                .mapToInt(s -> s.rows().size()).sum();
    }

    public List<Row> rows() {
        return sections.stream().flatMap(s -> s.rows().stream()).toList();
    }
}

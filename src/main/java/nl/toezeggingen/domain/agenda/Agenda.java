package nl.toezeggingen.domain.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.toezeggingen.domain.Text;

/**
 * The user's events, with the shipped {@link FixedMoments} behind them. Immutable, so one instance can serve
 * every thread. Looking an event up by a phrase is honest: its words after normalising (case, accents,
 * punctuation), articles and prepositions left out, and nothing guessed: a name matches only when the phrase
 * names all of it.
 */
public final class Agenda {
    private static final Agenda EMPTY = new Agenda(List.of());

    /** Left out of both sides: "voor het commissiedebat" and "Commissiedebat" name the same debate. */
    private static final Set<String> IGNORED = Set.of("de", "het", "een", "t", "the", "a", "an", "van", "over",
            "voor", "voorafgaand", "voorafgaande", "aan", "bij", "in", "op", "na", "rond", "tijdens", "inzake",
            "uiterlijk", "ruim", "before", "after", "at", "on", "of", "about", "during", "around");

    private final List<Event> events;

    private Agenda(List<Event> events) {
        this.events = List.copyOf(events);
    }

    public static Agenda empty() {
        return EMPTY;
    }

    /** The user's events; ordered by date, those without one last. */
    public static Agenda of(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::latest, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Agenda(sorted);
    }

    /** The user's events, as given to {@link #of}. */
    public List<Event> events() {
        return events;
    }

    /** The user's events of {@code year} and the shipped moments of that year the user has not entered. */
    public List<Event> inYear(int year) {
        List<Event> all = new ArrayList<>(events.stream()
                .filter(e -> e.hasDate() && e.latest().getYear() == year).toList());
        for (Event fixed : FixedMoments.inYear(year)) {
            if (own(fixed.name(), year).isEmpty()) {
                all.add(fixed);
            }
        }
        all.sort(Comparator.comparing(Event::latest));
        return all;
    }

    /**
     * A shipped moment ("Voorjaarsnota") in calendar year {@code year}: the user's own event of that name and
     * year when there is one (the Voorjaarsnota's real day, once it is known), else the rule.
     */
    public Optional<Event> fixed(String name, int year) {
        Optional<Event> own = own(name, year);
        return own.isPresent() ? own : FixedMoments.of(name, year);
    }

    private Optional<Event> own(String name, int year) {
        List<String> wanted = words(name);
        return events.stream()
                .filter(e -> e.hasDate() && e.latest().getYear() == year && words(e.name()).equals(wanted))
                .findFirst();
    }

    /** What a look-up found: one event, none, or several that the phrase does not tell apart. */
    public sealed interface Lookup permits Found, NotFound, Ambiguous {
    }

    public record Found(Event event) implements Lookup {
    }

    public record NotFound() implements Lookup {
    }

    public record Ambiguous(List<Event> candidates) implements Lookup {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * The user's event the phrase names: one whose words all begin the phrase's words ("voor het commissiedebat
     * hoger onderwijs" names "Commissiedebat hoger onderwijs"; so does "... hoger onderwijs, in maart", whose
     * further words are for the caller to judge). When more names begin it, the longest says most and wins.
     * Events of the same name are told apart by {@code from}: one that already lay behind it is not meant;
     * more than one left is ambiguous. Shipped moments are not looked up here: see {@link #fixed}.
     */
    public Lookup find(String phrase, LocalDate from) {
        List<String> said = words(phrase);
        int longest = 0;
        List<Event> best = new ArrayList<>();
        for (Event event : events) {
            List<String> name = words(event.name());
            if (name.isEmpty() || name.size() > said.size() || !said.subList(0, name.size()).equals(name)) {
                continue;
            }
            if (name.size() > longest) {
                longest = name.size();
                best.clear();
            }
            if (name.size() == longest) {
                best.add(event);
            }
        }
        if (best.size() > 1 && from != null) {
            List<Event> ahead = best.stream().filter(e -> !e.hasDate() || !e.latest().isBefore(from)).toList();
            best = ahead.isEmpty() ? best : new ArrayList<>(ahead);
        }
        if (best.isEmpty()) {
            return new NotFound();
        }
        return best.size() == 1 ? new Found(best.get(0)) : new Ambiguous(best);
    }

    /** A text's words as matched: no case, no accents, no punctuation, no articles or prepositions. */
    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(Text.key(text).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !IGNORED.contains(w))
                .toList();
    }
}

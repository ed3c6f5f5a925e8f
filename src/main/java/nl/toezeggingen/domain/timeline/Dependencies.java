package nl.toezeggingen.domain.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.toezeggingen.domain.Commitment;

/**
 * What the "wacht op" links of a set of commitments say about time: which commitments wait on something
 * that ends later than they do, and which wait on each other in a circle. Links to commitments that are not
 * in the set are ignored (a filter may have hidden them).
 */
public final class Dependencies {
    private final List<Conflict> conflicts;
    private final List<List<Long>> cycles;
    private final Set<Long> inCycle = new HashSet<>();
    private final Set<Long> waitersInConflict = new HashSet<>();

    private Dependencies(List<Conflict> conflicts, List<List<Long>> cycles) {
        this.conflicts = List.copyOf(conflicts);
        this.cycles = List.copyOf(cycles);
        cycles.forEach(inCycle::addAll);
        conflicts.forEach(c -> waitersInConflict.add(c.waiter()));
    }

    /** {@code waiter} depends on {@code dependency}, whose last day comes after the waiter's own. */
    public record Conflict(long waiter, long dependency, LocalDate waiterLatest, LocalDate dependencyLatest) {
    }

    public static Dependencies of(List<Commitment> commitments) {
        Map<Long, Commitment> byId = new LinkedHashMap<>();
        for (Commitment c : commitments) {
            if (c.id() != null) {
                byId.put(c.id(), c);
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (Commitment waiter : byId.values()) {
            Commitment dependency = waiter.dependsOn() == null ? null : byId.get(waiter.dependsOn());
            if (dependency == null || dependency == waiter) {
                continue;
            }
            LocalDate waits = waiter.deadline().latest();
            LocalDate ends = dependency.deadline().latest();
            if (waits != null && ends != null && ends.isAfter(waits)) {
                conflicts.add(new Conflict(waiter.id(), dependency.id(), waits, ends));
            }
        }
        return new Dependencies(conflicts, cycles(byId));
    }

    /** Each commitment waits on at most one other, so every cycle is found by walking the links once. */
    private static List<List<Long>> cycles(Map<Long, Commitment> byId) {
        List<List<Long>> found = new ArrayList<>();
        Set<Long> done = new HashSet<>();
        for (Long start : byId.keySet()) {
            Map<Long, Integer> onPath = new HashMap<>();
            List<Long> path = new ArrayList<>();
            Long at = start;
            while (at != null && byId.containsKey(at) && !done.contains(at) && !onPath.containsKey(at)) {
                onPath.put(at, path.size());
                path.add(at);
                at = byId.get(at).dependsOn();
            }
            if (at != null && onPath.containsKey(at)) {
                found.add(List.copyOf(path.subList(onPath.get(at), path.size())));
            }
            done.addAll(path);
        }
        return found;
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    /** Each cycle as the ids in the order they wait on each other: [a, b] means a waits on b waits on a. */
    public List<List<Long>> cycles() {
        return cycles;
    }

    public boolean inCycle(long id) {
        return inCycle.contains(id);
    }

    public boolean inConflict(long waiter) {
        return waitersInConflict.contains(waiter);
    }
}

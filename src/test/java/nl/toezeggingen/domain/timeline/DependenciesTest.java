package nl.toezeggingen.domain.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import org.junit.jupiter.api.Test;

class DependenciesTest {
    static Commitment c(long id, Long dependsOn, String latest) {
        return Commitment.builder().id(id).title("t" + id).dependsOn(dependsOn)
                .deadline(latest == null ? Deadline.NONE : Deadline.on(LocalDate.parse(latest))).build();
    }

    @Test
    void a_follow_up_due_after_its_study_is_no_conflict() {
        Dependencies d = Dependencies.of(List.of(c(6, null, "2024-12-31"), c(7, 6L, "2025-07-03")));
        assertThat(d.conflicts()).isEmpty();
        assertThat(d.cycles()).isEmpty();
    }

    @Test
    void waiting_on_something_that_ends_later_is_a_conflict() {
        Dependencies d = Dependencies.of(List.of(c(6, null, "2025-12-31"), c(7, 6L, "2025-07-03")));
        assertThat(d.conflicts()).containsExactly(new Dependencies.Conflict(7, 6,
                LocalDate.parse("2025-07-03"), LocalDate.parse("2025-12-31")));
        assertThat(d.inConflict(7)).isTrue();
        assertThat(d.inConflict(6)).isFalse();
    }

    @Test
    void ending_on_the_same_day_or_without_dates_is_no_conflict() {
        assertThat(Dependencies.of(List.of(c(1, null, "2025-01-01"), c(2, 1L, "2025-01-01"))).conflicts()).isEmpty();
        assertThat(Dependencies.of(List.of(c(1, null, null), c(2, 1L, "2025-01-01"))).conflicts()).isEmpty();
        assertThat(Dependencies.of(List.of(c(1, null, "2025-01-01"), c(2, 1L, null))).conflicts()).isEmpty();
    }

    @Test
    void a_waits_on_b_waits_on_a_is_a_cycle() {
        Dependencies d = Dependencies.of(List.of(c(1, 2L, "2025-01-01"), c(2, 1L, "2025-02-01"), c(3, 1L, null)));
        assertThat(d.cycles()).hasSize(1);
        assertThat(d.cycles().get(0)).containsExactlyInAnyOrder(1L, 2L);
        assertThat(d.inCycle(1)).isTrue();
        assertThat(d.inCycle(3)).isFalse();
    }

    @Test
    void a_longer_cycle_and_a_link_to_a_missing_commitment() {
        Dependencies d = Dependencies.of(List.of(c(1, 2L, null), c(2, 3L, null), c(3, 1L, null), c(4, 99L, null)));
        assertThat(d.cycles()).hasSize(1);
        assertThat(d.cycles().get(0)).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void random_links_never_throw_and_every_cycle_is_a_real_circle() {
        Random random = new Random(20250710);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(30);
            List<Commitment> all = new ArrayList<>();
            for (long id = 1; id <= n; id++) {
                Long on = random.nextInt(3) == 0 ? null : (long) (1 + random.nextInt(n + 2));
                all.add(c(id, on, random.nextBoolean() ? null : LocalDate.of(2025, 1, 1).plusDays(random.nextInt(400)).toString()));
            }
            Dependencies d = Dependencies.of(all);
            Map<Long, Long> link = new HashMap<>();
            all.forEach(x -> link.put(x.id(), x.dependsOn()));
            for (List<Long> cycle : d.cycles()) {
                for (int i = 0; i < cycle.size(); i++) {
                    assertThat(link.get(cycle.get(i))).isEqualTo(cycle.get((i + 1) % cycle.size()));
                }
            }
            long inCycles = d.cycles().stream().mapToLong(List::size).sum();
            assertThat(d.cycles().stream().flatMap(List::stream).distinct().count()).isEqualTo(inCycles);
        }
    }
}

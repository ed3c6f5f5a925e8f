package nl.toezeggingen.ui.detail;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.ui.Choice;

/**
 * "Wacht op": offers "none" and the current choice only; the whole list is built when the user opens it.
 * With thousands of commitments, building it on every selection would make the table feel slow.
 */
final class DependsOnChoices {
    private final ComboBox<Choice<Long>> box;
    private final Messages messages;
    private List<TrackedCommitment> all = List.of();

    DependsOnChoices(ComboBox<Choice<Long>> box, Messages messages) {
        this.box = box;
        this.messages = messages;
    }

    void offer(List<TrackedCommitment> commitments) {
        all = List.copyOf(commitments);
    }

    /** Shows {@code selected} (an id, or null for none) as the only choice besides none. */
    void show(Long selected) {
        Choice<Long> none = none();
        Choice<Long> current = all.stream().filter(t -> t.commitment().id().equals(selected)).findFirst()
                .map(t -> choice(t.commitment())).orElse(none);
        box.getItems().setAll(current == none ? List.of(none) : List.of(none, current));
        box.setValue(current);
    }

    /** Every commitment but {@code self}: when the drop-down opens. */
    void offerAll(Long self) {
        List<Choice<Long>> choices = new ArrayList<>();
        choices.add(none());
        for (TrackedCommitment t : all) {
            if (!t.commitment().id().equals(self)) {
                choices.add(choice(t.commitment()));
            }
        }
        Choice.refill(box, choices);
    }

    private Choice<Long> none() {
        return new Choice<>(null, messages.get("ui.detail.dependsOn.none"));
    }

    private static Choice<Long> choice(Commitment other) {
        String mark = other.reference() != null ? other.reference() : "#" + other.id();
        return new Choice<>(other.id(), mark + " – " + other.title());
    }
}

package nl.toezeggingen.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.control.ComboBox;

/** An entry of a drop-down: a value (null for "all" or "none") with the words the user sees. */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }

    /** The choices of a filter: "all" (no value) first, then each value in the user's words. */
    public static <T> List<Choice<T>> allThen(String all, Collection<T> values, Function<T, String> words) {
        List<Choice<T>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, all));
        values.forEach(value -> choices.add(new Choice<>(value, words.apply(value))));
        return choices;
    }

    /** "all", then each name once; case is ignored in the order, as a Dutch reader expects. No nulls. */
    public static List<Choice<String>> allThenNames(String all, Collection<String> names) {
        return allThen(all, names.stream().filter(Objects::nonNull).distinct().sorted(String.CASE_INSENSITIVE_ORDER)
                .toList(), Function.identity());
    }

    /**
     * Puts {@code choices} in {@code box} and chooses again the value chosen before, or the first choice
     * when that value is gone; returns the choice now made.
     */
    public static <T> Choice<T> refill(ComboBox<Choice<T>> box, List<Choice<T>> choices) {
        T chosen = chosen(box);
        Choice<T> keep = choices.stream().filter(c -> Objects.equals(c.value(), chosen)).findFirst()
                .orElse(choices.get(0));
        box.getItems().setAll(choices);
        box.setValue(keep);
        return keep;
    }

    /** The value chosen in {@code box}; null for "all", or when nothing is chosen. */
    public static <T> T chosen(ComboBox<Choice<T>> box) {
        Choice<T> choice = box.getValue();
        return choice == null ? null : choice.value();
    }
}

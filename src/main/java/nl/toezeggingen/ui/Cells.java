package nl.toezeggingen.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Callback;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;

/** How the table draws its cells: long text with a tooltip, dates in words, urgency as a coloured badge. */
public final class Cells {
    private Cells() {
    }

    /** Text that may be cut off; the whole of it shows on hover. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> text() {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                hint(this, empty || value == null || value.isBlank() ? null : value);
            }
        };
    }

    /**
     * The tooltip of a cell, made when the mouse first comes over it and then kept up to date. A tooltip
     * is a small window of its own: one per cell per row shown cost a tenth of a second at start-up and
     * again on every scroll.
     */
    private static void hint(TableCell<?, ?> cell, String text) {
        cell.getProperties().put(HINT, text);
        if (cell.getOnMouseEntered() == null) {
            cell.setOnMouseEntered(event -> {
                String wanted = (String) cell.getProperties().get(HINT);
                if (wanted != null && cell.getTooltip() == null) {
                    cell.setTooltip(new Tooltip(wanted));
                }
            });
        }
        if (cell.getTooltip() != null) {
            if (text == null) {
                cell.setTooltip(null);
            } else {
                cell.getTooltip().setText(text);
            }
        }
    }

    private static final String HINT = "toezeggingen.hint";

    /** A value in the user's words; it still sorts in its own order (Status: open to lapsed), not alphabetically. */
    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> words(java.util.function.Function<T, String> words) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : words.apply(value));
            }
        };
    }

    /** The last day, short (4 jul 2024) to fit the column; a date from the estimate rule says so. */
    public static Callback<TableColumn<TrackedCommitment, Deadline>, TableCell<TrackedCommitment, Deadline>> due(
            Messages messages) {
        DateTimeFormatter shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(Deadline deadline, boolean empty) {
                super.updateItem(deadline, empty);
                LocalDate latest = empty || deadline == null ? null : deadline.latest();
                if (latest == null && !empty && deadline != null && deadline.kind() == Deadline.Kind.START) {
                    // "vanaf 2026": no last day, but the column says from when, rather than nothing.
                    setText(messages.get("ui.table.start", shortDate.format(deadline.earliest())));
                    hint(this, messages.get("ui.table.start", messages.date(deadline.earliest())));
                } else if (latest == null && !empty && deadline != null && deadline.isEvent()) {
                    // Tied to a debate that has no date yet: it is not "no deadline", it waits for one.
                    setText(messages.get("ui.table.waiting"));
                    hint(this, messages.get("ui.table.waiting.tooltip", deadline.phrase()));
                } else if (latest == null) {
                    setText(null);
                    hint(this, null);
                } else if (deadline.estimated()) {
                    setText(messages.get("ui.table.estimated", shortDate.format(latest)));
                    hint(this, messages.date(latest) + "\n" + messages.get("ui.table.estimated.tooltip"));
                } else if (deadline.isRecurring()) {
                    // The coming occurrence; the column is too narrow for more, the hint says there will be more.
                    setText(shortDate.format(latest));
                    hint(this, messages.get("ui.table.recurring.tooltip", messages.date(latest)));
                } else {
                    setText(shortDate.format(latest));
                    hint(this, messages.date(latest));
                }
            }
        };
    }

    /** Colour and words together: the colour alone would fail a colour-blind reader and a grey printout. */
    public static Callback<TableColumn<TrackedCommitment, Urgency>, TableCell<TrackedCommitment, Urgency>> urgency(
            Messages messages) {
        return column -> new TableCell<>() {
            private final Label badge = new Label();

            {
                badge.getStyleClass().add("urgency-badge");
                setGraphic(null);
            }

            @Override
            protected void updateItem(Urgency urgency, boolean empty) {
                super.updateItem(urgency, empty);
                badge.getStyleClass().setAll("label", "urgency-badge");
                if (empty || urgency == null) {
                    setGraphic(null);
                    return;
                }
                badge.setText(messages.urgency(urgency));
                badge.getStyleClass().add(UrgencyStyle.badge(urgency));
                setGraphic(badge);
            }
        };
    }

    /** Rows carry their urgency too, so the stylesheet can tint an overdue line. */
    public static Callback<TableView<TrackedCommitment>, TableRow<TrackedCommitment>> rows() {
        return table -> new TableRow<>() {
            @Override
            protected void updateItem(TrackedCommitment item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(UrgencyStyle.allRows());
                if (!empty && item != null) {
                    getStyleClass().add(UrgencyStyle.row(item.urgency()));
                }
            }
        };
    }
}

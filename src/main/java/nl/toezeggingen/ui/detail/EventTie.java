package nl.toezeggingen.ui.detail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;
import nl.toezeggingen.app.Deadlines;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.deadline.Resolution;
import nl.toezeggingen.ui.main.WindowModel;

/**
 * Under the explanation of a phrase that names a moment ("voor het commissiedebat hoger onderwijs"): whether the
 * meeting calendar has that moment, and "Moment kiezen" to pick one of the calendar's moments or to put a new one
 * in it. A deadline is tied to a moment only while its phrase names it (it is read again on every save and every
 * move of the moment), so picking another moment puts that moment's name in the phrase, in place of the name it
 * had; the words around it stay, and the field shows the change (Ctrl+Z takes it back). A new moment is written
 * to the calendar when its little dialog is confirmed, as the command line's `event add` would.
 */
final class EventTie {
    private final WindowModel model;
    private final Messages messages;
    private final Node row;
    private final Label text;
    private final MenuButton button;
    private final TextField phraseField;
    private final DatePicker madeOnPicker;
    private Deadlines deadlines;
    private LocalDate today;
    private Resolution shown;

    /** One moment the phrase could name, and the phrase that names it. */
    record Candidate(Event event, String phrase) {
    }

    EventTie(WindowModel model, Node row, Label text, MenuButton button, TextField phraseField,
            DatePicker madeOnPicker) {
        this.model = model;
        this.messages = model.messages();
        this.row = row;
        this.text = text;
        this.button = button;
        this.phraseField = phraseField;
        this.madeOnPicker = madeOnPicker;
        row.managedProperty().bind(row.visibleProperty());
        row.setVisible(false);
        // Built as it opens: the calendar and the phrase are what they are then.
        button.setOnShowing(e -> offer());
    }

    /** The deadline language of the latest snapshot: its calendar is what the menu offers. */
    void setDeadlines(Deadlines deadlines, LocalDate today) {
        this.deadlines = deadlines;
        this.today = today;
    }

    /** What the phrase resolved to (null: no phrase, or dates that do not follow it): shown only for a moment. */
    void show(Resolution resolution) {
        shown = resolution != null && resolution.understood() && resolution.deadline().isEvent()
                && resolution.event() != null ? resolution : null;
        row.setVisible(shown != null);
        if (shown != null) {
            text.setText(describe(shown));
        }
    }

    private String describe(Resolution resolution) {
        Event event = resolution.event();
        if (resolution.explanation() != null && "deadline.explain.event.ambiguous".equals(resolution.explanation().key())) {
            return messages.get("ui.detail.event.ambiguous");
        }
        if (event.rule()) {
            return messages.get("ui.detail.event.rule", event.name());
        }
        if (event.id() == null) {
            return messages.get("ui.detail.event.missing");
        }
        return messages.get(event.hasDate() ? "ui.detail.event.tied" : "ui.detail.event.undated");
    }

    /**
     * The calendar's moments this phrase can name with that moment's name in it (none that lay before the
     * commitment was made), each with the phrase that names it; the moment named now among them.
     */
    List<Candidate> candidates() {
        List<Candidate> found = new ArrayList<>();
        if (shown == null || deadlines == null) {
            return found;
        }
        String phrase = phraseField.getText();
        LocalDate madeOn = madeOnPicker.getValue();
        Event named = shown.event();
        for (Event event : deadlines.agenda().events()) {
            if (madeOn != null && event.hasDate() && event.latest().isBefore(madeOn)) {
                continue;
            }
            Optional<String> naming = event.id().equals(named.id()) ? Optional.of(phrase)
                    : PhraseRename.rename(phrase, named.name(), event.name());
            if (naming.isPresent() && names(naming.get(), event)) {
                found.add(new Candidate(event, naming.get()));
            }
        }
        return found;
    }

    /** Whether {@code phrase} resolves to {@code event}: the tie it would be saved with. */
    private boolean names(String phrase, Event event) {
        Resolution r = deadlines.draft(phrase, madeOnPicker.getValue(), today);
        return r.understood() && r.event() != null && event.id().equals(r.event().id());
    }

    private void offer() {
        List<MenuItem> items = new ArrayList<>();
        if (shown == null) {
            button.getItems().clear();
            return;
        }
        Event named = shown.event();
        ToggleGroup group = new ToggleGroup();
        for (Candidate candidate : candidates()) {
            Event event = candidate.event();
            RadioMenuItem item = new RadioMenuItem(event.hasDate()
                    ? messages.get("ui.detail.event.item", event.name(), event.latest())
                    : messages.get("ui.detail.event.item.undated", event.name()));
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(Objects.equals(event.id(), named.id()));
            item.setOnAction(e -> phraseField.setText(candidate.phrase()));
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(messages.get("ui.detail.event.none"));
            none.setDisable(true);
            items.add(none);
        }
        items.add(new SeparatorMenuItem());
        MenuItem create = new MenuItem(messages.get("ui.detail.event.new"));
        create.setId("newEventItem");
        create.setOnAction(e -> create(named));
        items.add(create);
        if (named.id() != null && !named.hasDate()) {
            MenuItem date = new MenuItem(messages.get("ui.detail.event.giveDate", named.name()));
            date.setId("giveEventDateItem");
            date.setMnemonicParsing(false);
            date.setOnAction(e -> giveDate(named));
            items.add(date);
        }
        button.getItems().setAll(items);
    }

    /**
     * Asks for the new moment (the name the phrase gives, unless the calendar has that one already), adds it, and
     * once the window has the calendar with it makes sure the phrase names it.
     */
    private void create(Event named) {
        // As a calendar writes names: "Notaoverleg hoger onderwijs" (the phrase said "voor het notaoverleg …").
        String name = named.id() != null || named.name() == null ? ""
                : Character.toUpperCase(named.name().charAt(0)) + named.name().substring(1);
        Event proposed = Event.on(name, named.kind(), null, null);
        EventDialog.askNew(window(), messages, model.look(), proposed).ifPresent(wanted ->
                model.addEvent(wanted, added -> nameInPhrase(named, added),
                        problems -> model.statusProperty().set(problems.isEmpty() ? ""
                                : messages.get(problems.get(0).key(), problems.get(0).args().toArray()))));
    }

    /** After a new moment is in: a phrase that names it already is left alone; else its name goes in. */
    private void nameInPhrase(Event named, Event added) {
        String phrase = phraseField.getText();
        if (deadlines == null || phrase == null || names(phrase, added)) {
            return;
        }
        Optional<String> renamed = PhraseRename.rename(phrase, named.name(), added.name());
        if (renamed.isPresent() && names(renamed.get(), added)) {
            phraseField.setText(renamed.get());
        } else {
            model.statusProperty().set(messages.get("ui.detail.event.notNamed", added.name()));
        }
    }

    private void giveDate(Event undated) {
        EventDialog.askDate(window(), messages, model.look(), undated)
                .ifPresent(day -> model.dateEvent(undated.id(), day, dated -> { }));
    }

    private Window window() {
        return button.getScene().getWindow();
    }
}

package nl.toezeggingen.ui.settings;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Setting;
import nl.toezeggingen.app.Settings;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.ui.Choice;
import nl.toezeggingen.ui.Look;
import nl.toezeggingen.ui.Session;
import nl.toezeggingen.ui.TextSize;
import nl.toezeggingen.ui.Theme;

/**
 * Bewerken › Instellingen: the theme, the text size, how far ahead "binnenkort" looks, the house rule for
 * vague deadlines, and where the status overview goes. A horizon outside 0..365 or a house rule outside 1..24
 * is refused at the field (Opslaan stays off), so nothing wrong is ever stored. Theme and text size restyle every open window at once after a save.
 */
public final class SettingsDialog {
    /** The fields' column, in ems of the text: larger text gets a wider column rather than more lines. */
    private static final double FIELD_EMS = 24;
    private final double fieldWidth;
    private final Messages messages;
    private final Session session;
    private final Look look;
    private final ComboBox<Choice<Theme>> theme = new ComboBox<>();
    private final ComboBox<Choice<TextSize>> textSize = new ComboBox<>();
    private final TextField horizon = new TextField();
    private final Label horizonError = new Label();
    private final TextField mailTo = new TextField();
    private final TextField vagueMonths = new TextField();
    private final TextField ownName = new TextField();
    private final Label vagueMonthsError = new Label();
    private final TextField internalDays = new TextField();
    private final Label internalDaysError = new Label();

    private SettingsDialog(Messages messages, Session session, Look look) {
        this.messages = messages;
        this.session = session;
        this.look = look;
        this.fieldWidth = look.em(FIELD_EMS);
    }

    /**
     * Reads the current settings in the background, then asks; {@code onSaved} runs after a save. A new theme
     * or text size goes to {@code look}, the window's.
     */
    public static void open(Window owner, Messages messages, Session session, Look look, Runnable onSaved,
            Consumer<Throwable> onFailure) {
        SettingsDialog dialog = new SettingsDialog(messages, session, look);
        session.call(tracker -> {
            Settings settings = tracker.settings();
            return new Current(Theme.of(java.util.Optional.of(settings.get(Setting.THEME))),
                    TextSize.of(java.util.Optional.of(settings.get(Setting.TEXT_SIZE))), tracker.horizonDays(),
                    settings.get(Setting.MAIL_TO), tracker.vagueMonths(), settings.get(Setting.OWN_NAME),
                    settings.get(Setting.INTERNAL_DAYS));
        }, current -> dialog.show(owner, current, onSaved, onFailure), onFailure);
    }

    private record Current(Theme theme, TextSize textSize, int horizonDays, String mailTo, int vagueMonths,
            String ownName, int internalDays) {
    }

    /** Every value in the user's words (from {@code words} + its name), the current one chosen. */
    private <E extends Enum<E>> void offer(ComboBox<Choice<E>> box, E[] values, String words, E current) {
        for (E each : values) {
            Choice<E> choice = new Choice<>(each, messages.get(words + each.name()));
            box.getItems().add(choice);
            if (each == current) {
                box.setValue(choice);
            }
        }
    }

    private void show(Window owner, Current current, Runnable onSaved, Consumer<Throwable> onFailure) {
        offer(theme, Theme.values(), "ui.settings.theme.", current.theme());
        theme.setId("settingsTheme");
        offer(textSize, TextSize.values(), "ui.settings.textSize.", current.textSize());
        textSize.setId("settingsTextSize");
        number(horizon, "settingsHorizon", horizonError, current.horizonDays());
        number(vagueMonths, "settingsVagueMonths", vagueMonthsError, current.vagueMonths());
        number(internalDays, "settingsInternalDays", internalDaysError, current.internalDays());
        mailTo.setId("settingsMailTo");
        mailTo.setText(current.mailTo());
        mailTo.setPromptText(messages.get("ui.overview.to.prompt"));
        ownName.setId("settingsOwnName");
        ownName.setText(current.ownName());
        ownName.setPromptText(messages.get("ui.settings.ownName.prompt"));

        GridPane grid = new GridPane();
        grid.setHgap(look.em(0.85));
        grid.setVgap(look.em(0.6));
        grid.setPadding(new javafx.geometry.Insets(look.em(0.6), 4, 4, 4));
        javafx.scene.layout.ColumnConstraints words = new javafx.scene.layout.ColumnConstraints();
        words.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(words, new javafx.scene.layout.ColumnConstraints(fieldWidth));
        grid.addRow(0, new Label(messages.get("ui.settings.theme")), theme);
        grid.add(hint("ui.settings.theme.hint"), 1, 1);
        grid.addRow(2, new Label(messages.get("ui.settings.textSize")), textSize);
        grid.add(hint("ui.settings.textSize.hint"), 1, 3);
        fitUnder(horizonError);
        grid.addRow(4, new Label(messages.get("ui.settings.horizon")), horizon);
        grid.add(horizonError, 1, 5);
        fitUnder(vagueMonthsError);
        grid.addRow(6, new Label(messages.get("ui.settings.vagueMonths")), vagueMonths);
        grid.add(hint("ui.settings.vagueMonths.hint"), 1, 7);
        grid.add(vagueMonthsError, 1, 8);
        grid.addRow(9, new Label(messages.get("ui.settings.mailTo")), mailTo);
        grid.addRow(10, new Label(messages.get("ui.settings.ownName")), ownName);
        fitUnder(internalDaysError);
        grid.addRow(11, new Label(messages.get("ui.settings.internalDays")), internalDays);
        grid.add(hint("ui.settings.internalDays.hint"), 1, 12);
        grid.add(internalDaysError, 1, 13);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("ui.settings.title"));
        dialog.setHeaderText(null);
        ButtonType save = new ButtonType(messages.get("ui.settings.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getStyleClass().add("settings-dialog");
        javafx.scene.Node saveButton = dialog.getDialogPane().lookupButton(save);
        Runnable check = () -> {
            horizonError.setText(days() < 0 ? messages.get("ui.settings.horizon.invalid") : "");
            vagueMonthsError.setText(months() < 0 ? messages.get("ui.settings.vagueMonths.invalid") : "");
            internalDaysError.setText(workingDays() < 0 ? messages.get("ui.settings.internalDays.invalid",
                    nl.toezeggingen.domain.rappel.InternalDeadline.MAX_WORKING_DAYS) : "");
            saveButton.setDisable(days() < 0 || months() < 0 || workingDays() < 0);
        };
        horizon.textProperty().addListener((o, was, now) -> check.run());
        internalDays.textProperty().addListener((o, was, now) -> check.run());
        vagueMonths.textProperty().addListener((o, was, now) -> check.run());
        dialog.setOnShown(event -> theme.requestFocus());
        dialog.showAndWait().filter(save::equals).ifPresent(chosen -> save(onSaved, onFailure));
    }

    private Label hint(String key) {
        Label hint = new Label(messages.get(key));
        fitUnder(hint);
        hint.getStyleClass().add("field-hint");
        return hint;
    }

    /** A wrapped text under a field: as wide as the field, as high as its lines need. */
    private void fitUnder(Label label) {
        label.setWrapText(true);
        label.setPrefWidth(fieldWidth);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    /** A short number field with its error line under it; only digits can be typed. */
    private static void number(TextField field, String id, Label error, int value) {
        field.setId(id);
        field.setPrefColumnCount(4);
        field.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        UnaryOperator<TextFormatter.Change> digitsOnly = change ->
                change.getControlNewText().matches("\\d{0,3}") ? change : null;
        field.setTextFormatter(new TextFormatter<>(digitsOnly));
        field.setText(Integer.toString(value));
        error.setId(id + "Error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
    }

    /** The typed house rule, or -1 when it is empty or outside 1..24. */
    private int months() {
        String text = vagueMonths.getText();
        if (text.isEmpty()) {
            return -1;
        }
        int months = Integer.parseInt(text);
        return months < 1 || months > nl.toezeggingen.domain.deadline.DeadlineParser.MAX_VAGUE_MONTHS ? -1 : months;
    }

    /** The typed working days of the internal deadline, or -1 when empty or beyond 60. */
    private int workingDays() {
        String text = internalDays.getText();
        return text.isEmpty() || !nl.toezeggingen.domain.rappel.InternalRule.allowed(Integer.parseInt(text)) ? -1
                : Integer.parseInt(text);
    }

    /** The typed horizon, or -1 when it is empty or beyond the maximum. */
    private int days() {
        String text = horizon.getText();
        if (text.isEmpty()) {
            return -1;
        }
        int days = Integer.parseInt(text);
        return days > Urgency.MAX_HORIZON_DAYS ? -1 : days;
    }

    private void save(Runnable onSaved, Consumer<Throwable> onFailure) {
        Theme chosen = theme.getValue().value();
        TextSize size = textSize.getValue().value();
        int days = days();
        int months = months();
        String to = mailTo.getText();
        String name = ownName.getText();
        int working = workingDays();
        session.call(tracker -> {
            Settings settings = tracker.settings();
            settings.put(Setting.THEME, chosen.setting());
            settings.put(Setting.TEXT_SIZE, size.setting());
            tracker.setHorizonDays(days);
            tracker.setVagueMonths(months);
            settings.put(Setting.MAIL_TO, to);
            settings.put(Setting.OWN_NAME, name);
            settings.put(Setting.INTERNAL_DAYS, working);
            return look.wantsDark(chosen);
        }, dark -> {
            look.show(dark);
            look.textSize(size);
            onSaved.run();
        }, onFailure);
    }
}

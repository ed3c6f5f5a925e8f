package nl.toezeggingen.ui.safety;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.toezeggingen.app.Backups;
import nl.toezeggingen.app.DataUnavailable;
import nl.toezeggingen.app.FrontRequest;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.ui.Dialogs;
import nl.toezeggingen.ui.ErrorText;
import nl.toezeggingen.ui.Look;
import nl.toezeggingen.ui.Session;

/**
 * The window's part in keeping the data safe: a backup on demand, restoring one (asked first), and the
 * way out of a damaged file (the latest backup, or an empty start) that never overwrites the damaged file.
 */
public final class DataSafety {
    private final Messages messages;
    private final Session session;
    private final Look look;
    private final Backups backups;
    private final Supplier<Window> window;
    private final Runnable reopen;
    private final Consumer<String> status;

    /** {@code reopen} opens the data again and shows it; {@code status} puts a line in the status bar. */
    public DataSafety(Messages messages, Session session, Look look, Backups backups, Supplier<Window> window,
            Runnable reopen, Consumer<String> status) {
        this.messages = messages;
        this.session = session;
        this.look = look;
        this.backups = backups;
        this.window = window;
        this.reopen = reopen;
        this.status = status;
    }

    /** The start backup, when the data was opened without one (the window's quick start); in the background. */
    public void startBackup() {
        session.call(tracker -> {
            backups.startCopy(tracker);
            return true;
        }, done -> { }, error -> { });
    }

    public void backup() {
        session.call((tracker, progress) -> backups.now(tracker, null, progress), messages,
                made -> status.accept(messages.get("safety.ui.backup.made", made.getFileName())), this::failed);
    }

    public void chooseAndRestore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("safety.ui.restore.chooser"));
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(messages.get("safety.ui.restore.filter"), "*.zip", "*.mv.db"));
        if (Files.isDirectory(backups.folder())) {
            chooser.setInitialDirectory(backups.folder().toFile());
        }
        File chosen = chooser.showOpenDialog(window.get());
        if (chosen != null) {
            restore(chosen.toPath());
        }
    }

    /** Asks first; then the data is closed, replaced (what it replaces kept) and opened again. */
    public void restore(Path file) {
        boolean sure = Dialogs.confirm(window.get(), messages,
                messages.get("safety.ui.restore.confirm.header", file.getFileName()),
                messages.get("safety.ui.restore.confirm.text"),
                messages.get("safety.ui.restore.confirm.ok"));
        if (!sure) {
            return;
        }
        session.whileClosed(progress -> backups.restore(file, progress), messages, restored -> {
            status.accept(messages.get("safety.ui.restored", file.getFileName()));
            reopen.run();
        }, error -> {
            failed(error);
            reopen.run();
        });
    }

    /** Another copy holds the data: if that is a window, it comes to the front (and the status bar says so). */
    public void askOtherWindowToFront(DataUnavailable held) {
        Path dataDirectory = held.file().toAbsolutePath().getParent();
        session.background().run(() -> {
            FrontRequest.ask(dataDirectory);
            return true;
        }, asked -> status.accept(messages.get("safety.ui.alreadyOpen")), this::failed);
    }

    /** The data file cannot be read: says so and offers the latest backup or an empty start. */
    public void offerRecovery(DataUnavailable damaged) {
        session.background().run(backups::latest, latest -> showRecovery(damaged, latest), this::failed);
    }

    private void showRecovery(DataUnavailable damaged, Optional<Path> latest) {
        ButtonType restore = new ButtonType(messages.get("safety.ui.damaged.restoreLatest"), ButtonBar.ButtonData.YES);
        ButtonType empty = new ButtonType(messages.get("safety.ui.damaged.startEmpty"), ButtonBar.ButtonData.NO);
        ButtonType close = Dialogs.closeButton(messages);
        String file = damaged.file().toAbsolutePath().toString();
        String text = latest.map(backup -> messages.get("safety.ui.damaged.text", file, madeAt(backup)))
                .orElseGet(() -> messages.get("safety.ui.damaged.textNoBackup", file));
        Alert alert = latest.isPresent()
                ? new Alert(Alert.AlertType.WARNING, text, restore, empty, close)
                : new Alert(Alert.AlertType.WARNING, text, empty, close);
        alert.initOwner(window.get());
        alert.setTitle(messages.get("app.title"));
        // An empty or incomplete file (a failed copy) is not "damaged" in the user's eyes: say what it is.
        alert.setHeaderText(messages.get("data.notOurs".equals(damaged.messageKey())
                ? "safety.ui.notOurs.header" : "safety.ui.damaged.header"));
        alert.getDialogPane().getStyleClass().add("damaged-dialog");
        alert.getDialogPane().setMinWidth(look.em(44));
        alert.setOnHidden(event -> {
            if (alert.getResult() == restore) {
                recover(() -> backups.restoreLatest().previousKeptAs(), "safety.ui.damaged.restored");
            } else if (alert.getResult() == empty) {
                recover(backups::setAsideDamaged, "safety.ui.damaged.emptied");
            }
        });
        // Not showAndWait: this comes from a background callback, which must not be held up.
        alert.show();
    }

    private String madeAt(Path backup) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(messages.locale());
        return Backups.madeAt(backup).map(format::format).orElse(backup.getFileName().toString());
    }

    private void recover(Callable<Path> work, String doneKey) {
        session.whileClosed(work, aside -> {
            status.accept(messages.get(doneKey, aside.getFileName()));
            reopen.run();
        }, this::failed);
    }

    private void failed(Throwable error) {
        String text = ErrorText.of(error, messages);
        status.accept(text);
        Dialogs.error(window.get(), messages, messages.get("ui.error.title"), text);
    }
}

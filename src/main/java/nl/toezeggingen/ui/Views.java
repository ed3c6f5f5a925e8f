package nl.toezeggingen.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import nl.toezeggingen.app.Messages;

/** The FXML views, loaded with the user's words. */
public final class Views {
    private Views() {
    }

    /**
     * Loads {@code view}, found as {@code beside.getResource} finds it; the loader then holds the root and
     * the controller. Unchecked: the views ship inside the program, so one that cannot be read is a fault
     * of the build, nothing a caller could handle.
     */
    public static FXMLLoader load(Class<?> beside, String view, Messages messages) {
        FXMLLoader loader = new FXMLLoader(beside.getResource(view), messages.bundle());
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loader;
    }
}

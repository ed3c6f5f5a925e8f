package nl.toezeggingen.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
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
        return load(beside, view, messages, null);
    }

    /**
     * As {@link #load(Class, String, Messages)}, with {@code model} handed to every controller (of the view
     * and of the views it includes) whose constructor takes one: how the window's panes get their model.
     */
    public static FXMLLoader load(Class<?> beside, String view, Messages messages, Object model) {
        FXMLLoader loader = new FXMLLoader(beside.getResource(view), messages.bundle());
        if (model != null) {
            loader.setControllerFactory(type -> controllerFor(type, model));
        }
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loader;
    }

    /** A controller of {@code type}: made with {@code model} when its constructor takes it, else without. */
    public static Object controllerFor(Class<?> type, Object model) {
        try {
            for (Constructor<?> constructor : type.getConstructors()) {
                Class<?>[] parameters = constructor.getParameterTypes();
                if (parameters.length == 1 && parameters[0].isInstance(model)) {
                    return constructor.newInstance(model);
                }
            }
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException invoked ? invoked.getCause() : e;
            throw new IllegalStateException("cannot make the controller " + type.getName(), cause);
        }
    }

    /**
     * A dialog window over {@code owner}, modal to it (the list behind it cannot change meanwhile), holding
     * {@code scene}.
     */
    public static javafx.stage.Stage dialog(javafx.stage.Window owner, String title, javafx.scene.Scene scene) {
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.initOwner(owner);
        stage.initModality(javafx.stage.Modality.WINDOW_MODAL);
        stage.setTitle(title);
        stage.setScene(scene);
        return stage;
    }
}

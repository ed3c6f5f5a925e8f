package nl.toezeggingen.ui;

import java.util.Locale;
import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window was: "x,y,width,height,maximized". Put back on a screen that still exists: a window
 * last seen on a monitor that is gone comes back on the main one, never off screen.
 */
public final class WindowPlacement {

    private WindowPlacement() {
    }

    public static String of(Stage stage) {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized());
    }

    public static void restore(Stage stage, Optional<String> saved) {
        saved.flatMap(WindowPlacement::parse).ifPresent(place -> {
            Rectangle2D bounds = onScreen(place.area());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setMaximized(place.maximized());
        });
    }

    /** The saved area moved and shrunk into the visual bounds of the screen it is on, or else the primary one. */
    static Rectangle2D onScreen(Rectangle2D area) {
        ObservableList<Screen> touching = Screen.getScreensForRectangle(area);
        Rectangle2D visual = (touching.isEmpty() ? Screen.getPrimary() : touching.get(0)).getVisualBounds();
        return clamp(area, visual);
    }

    static Rectangle2D clamp(Rectangle2D area, Rectangle2D visual) {
        double width = Math.min(area.getWidth(), visual.getWidth());
        double height = Math.min(area.getHeight(), visual.getHeight());
        double x = Math.max(visual.getMinX(), Math.min(area.getMinX(), visual.getMaxX() - width));
        double y = Math.max(visual.getMinY(), Math.min(area.getMinY(), visual.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }

    private record Place(Rectangle2D area, boolean maximized) {
    }

    private static Optional<Place> parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            double width = Double.parseDouble(parts[2]);
            double height = Double.parseDouble(parts[3]);
            if (width < 100 || height < 100) {
                return Optional.empty();
            }
            return Optional.of(new Place(new Rectangle2D(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    width, height), Boolean.parseBoolean(parts[4])));
        } catch (NumberFormatException e) {
            // A hand-edited or older value: the default place is better than an error.
            return Optional.empty();
        }
    }
}

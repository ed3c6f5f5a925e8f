package nl.toezeggingen.ui.timeline;

/**
 * A press of the pointer and its moves: a press that wobbles less than {@link #SLOP} pixels is still a click,
 * further it becomes a drag that pans the chart. Plain Java.
 */
final class DragGesture {
    static final double SLOP = 4;

    private double x;
    private double y;
    private boolean dragging;

    void press(double x, double y) {
        this.x = x;
        this.y = y;
        dragging = false;
    }

    /** The move since the last one, {@code {dx, dy}}, or null while the press is still a click. */
    double[] moveTo(double x, double y) {
        double dx = x - this.x;
        double dy = y - this.y;
        if (!dragging && Math.abs(dx) + Math.abs(dy) < SLOP) {
            return null;
        }
        dragging = true;
        this.x = x;
        this.y = y;
        return new double[] {dx, dy};
    }

    /** Whether this press became a drag (then its release is no click). */
    boolean dragging() {
        return dragging;
    }
}

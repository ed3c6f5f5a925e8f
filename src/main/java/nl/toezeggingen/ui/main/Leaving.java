package nl.toezeggingen.ui.main;

/** The form's say in leaving it: it asks "Wijzigingen opslaan?" when it holds unsaved edits. */
public interface Leaving {
    /** Before the form is loaded (it comes after the first frame): nothing to ask, leave at once. */
    Leaving NO_FORM = new Leaving() {
        @Override
        public boolean hasUnsavedEdits() {
            return false;
        }

        @Override
        public void leave(Runnable proceed) {
            proceed.run();
        }
    };

    boolean hasUnsavedEdits();

    /** Runs {@code proceed} once the edits are saved or let go; not at all when the user stays. */
    void leave(Runnable proceed);
}

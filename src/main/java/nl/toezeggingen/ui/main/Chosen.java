package nl.toezeggingen.ui.main;

/**
 * The commitment the user chose (null: a new one), one instance per choice: choosing the same again
 * (Ctrl+N twice, say) is a new choice the form follows. {@code toForm}: the cursor goes to the form.
 */
public final class Chosen {
    private final Long id;
    private final boolean toForm;

    Chosen(Long id, boolean toForm) {
        this.id = id;
        this.toForm = toForm;
    }

    public Long id() {
        return id;
    }

    public boolean toForm() {
        return toForm;
    }
}

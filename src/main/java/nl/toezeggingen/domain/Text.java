package nl.toezeggingen.domain;

/** Small rules for free text fields, shared by every entity. */
public final class Text {
    private Text() {
    }

    /** Blank means absent: a field the user cleared is stored as null, not as spaces. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}

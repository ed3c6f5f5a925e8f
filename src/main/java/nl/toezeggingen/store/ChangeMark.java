package nl.toezeggingen.store;

/**
 * A cheap mark of everything a backup protects: the commitments, their history and the settings. Two
 * equal marks mean nothing was saved in between (every change of a commitment adds a history row), so a
 * start that finds the mark of its last backup needs no new one.
 */
public final class ChangeMark {
    private ChangeMark() {
    }

    public static String of(Database database) {
        return database.jdbi().withHandle(h -> {
            String counts = h.createQuery("SELECT (SELECT COUNT(*) FROM commitment), (SELECT COALESCE(MAX(id), 0) FROM history),"
                            + " (SELECT COUNT(*) FROM history)")
                    .map((rs, ctx) -> "c" + rs.getLong(1) + "-h" + rs.getLong(2) + "." + rs.getLong(3))
                    .one();
            int settings = h.createQuery("SELECT name, setting_value FROM setting ORDER BY name")
                    .map((rs, ctx) -> rs.getString(1) + "=" + rs.getString(2))
                    .list().hashCode();
            return counts + "-s" + Integer.toHexString(settings);
        });
    }

    /** True for the mark of a register that holds no commitment and never held one. */
    public static boolean isEmpty(String mark) {
        return mark.startsWith("c0-h0.");
    }
}

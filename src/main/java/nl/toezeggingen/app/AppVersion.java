package nl.toezeggingen.app;

/** The program's version, as the build wrote it into the jar; a run from the sources has none. */
public final class AppVersion {
    private AppVersion() {
    }

    /** "0.1.0", or null when running from the build's classes (development). */
    public static String current() {
        return AppVersion.class.getPackage().getImplementationVersion();
    }
}

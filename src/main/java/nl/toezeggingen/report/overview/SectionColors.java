package nl.toezeggingen.report.overview;

import nl.toezeggingen.domain.overview.Section;

/**
 * One accent colour per section, dark enough for white text and for a light background alike, so that a
 * mail program that inverts colours in dark mode still leaves them readable.
 */
final class SectionColors {
    private SectionColors() {
    }

    static String of(Section.Kind kind) {
        return switch (kind) {
            case OVERDUE -> "#b3261e";
            case DUE_SOON -> "#8a5300";
            case ON_TRACK -> "#1e6b35";
            case WAITING_FOR_DATE -> "#5b3f8c";
            case NO_DEADLINE -> "#555555";
            case RECENTLY_DONE -> "#1f4e79";
        };
    }
}

package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** WCAG AA: every text colour of the palette on its own background reaches 4.5:1, in both themes. */
class PaletteContrastTest {
    private static final Pattern COLOUR = Pattern.compile("(-tz-[a-z-]+)\\s*:\\s*#([0-9a-fA-F]{6})\\s*;");
    /** The window backgrounds of Primer Light and Primer Dark (-color-bg-default), under muted text. */
    private static final Map<String, String> WINDOW = Map.of("theme.css", "ffffff", "dark.css", "0d1117");

    @ParameterizedTest
    @CsvSource({"theme.css", "dark.css"})
    void everyTextColourReadsOnItsBackground(String sheet) throws IOException {
        Map<String, String> palette = palette(sheet);
        int pairs = 0;
        for (Map.Entry<String, String> entry : palette.entrySet()) {
            String background = palette.get(entry.getKey() + "-bg");
            if (background != null) {
                pairs++;
                assertThat(contrast(entry.getValue(), background))
                        .as("%s %s on %s-bg", sheet, entry.getKey(), entry.getKey())
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
        assertThat(pairs).as("urgencies and error").isGreaterThanOrEqualTo(6);
        assertThat(contrast(palette.get("-tz-muted"), WINDOW.get(sheet))).as(sheet + " muted text")
                .isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void darkRedefinesEveryColour() throws IOException {
        assertThat(palette("dark.css").keySet()).containsAll(palette("theme.css").keySet());
    }

    @Test
    void theMeasureTellsGoodFromBad() {
        assertThat(contrast("000000", "ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("777777", "888888")).isLessThan(4.5);
    }

    private static Map<String, String> palette(String sheet) throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream(sheet)) {
            Matcher m = COLOUR.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, String> found = new LinkedHashMap<>();
            while (m.find()) {
                found.put(m.group(1), m.group(2));
            }
            return found;
        }
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex, 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}

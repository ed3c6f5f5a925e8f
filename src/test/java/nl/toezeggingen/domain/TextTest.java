package nl.toezeggingen.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void controls_and_bidi_overrides_are_dropped_and_one_line_fields_keep_one_line() {
        assertThat(Text.clean("a\u001b[31mb\u0007c\u0000d\u007fe\u009bf")).isEqualTo("a[31mbcdef");
        assertThat(Text.clean("\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee\u2066f\u2067g\u2068h\u2069")).isEqualTo("abcdefgh");
        assertThat(Text.clean("twee\r\nregels\tmet tab")).isEqualTo("twee regels met tab");
        assertThat(Text.clean(" \u0007 \t")).isNull();
        // Marks that override nothing stay: Arabic and Hebrew names need them.
        assertThat(Text.clean("\u200Fשלום\u200E \u061C")).isEqualTo("\u200Fשלום\u200E \u061C");
    }

    @Test
    void fields_of_several_lines_keep_tabs_and_line_breaks_as_newline() {
        assertThat(Text.cleanLines("een\r\n\ttwee\rdrie\n\u001b")).isEqualTo("een\n\ttwee\ndrie");
        assertThat(Text.printable("  stored\u0007 \r\n")).isEqualTo("  stored \n");
    }

    @Test
    void plain_text_is_returned_as_it_is() {
        String plain = "Kamerbrief over de NVAO";
        assertThat(Text.clean(plain)).isSameAs(plain);
        assertThat(Text.cleanLines(null)).isNull();
    }
}

package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The answers of the systems' own tools, as they print them. */
class SystemLookTest {

    @Test
    void windows_registry_answer() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertThat(SystemLook.windowsSaysDark(dark)).isTrue();
        assertThat(SystemLook.windowsSaysDark(dark.replace("0x0", "0x1"))).isFalse();
        assertThat(SystemLook.windowsSaysDark("ERROR: The system was unable to find the specified registry key")).isFalse();
    }

    @Test
    void macos_and_gtk_answers() {
        assertThat(SystemLook.macSaysDark("Dark\n")).isTrue();
        assertThat(SystemLook.macSaysDark("The domain/default pair of (kCFPreferencesAnyApplication, AppleInterfaceStyle) does not exist")).isFalse();
        assertThat(SystemLook.gtkSaysDark("Adwaita:dark")).isTrue();
        assertThat(SystemLook.gtkSaysDark("Adwaita")).isFalse();
        assertThat(SystemLook.gtkSaysDark(null)).isFalse();
    }
}

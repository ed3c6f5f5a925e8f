package nl.toezeggingen.report.overview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The formula guard on its own, for the characters a commitment's fields cannot start with (they are trimmed). */
class OverviewCsvTest {

    @Test
    void everyFormulaStartIsNeutralised() {
        for (String start : new String[] {"=", "+", "-", "@", "\t", "\r"}) {
            assertThat(OverviewCsv.neutralise(start + "1+1")).isEqualTo("'" + start + "1+1");
        }
        assertThat(OverviewCsv.neutralise("SV-01")).isEqualTo("SV-01");
        assertThat(OverviewCsv.neutralise("")).isEmpty();
    }

    @Test
    void separatorsQuotesAndLineEndsAreQuoted() {
        assertThat(OverviewCsv.quote("a;b")).isEqualTo("\"a;b\"");
        assertThat(OverviewCsv.quote("zei \"ja\"")).isEqualTo("\"zei \"\"ja\"\"\"");
        assertThat(OverviewCsv.quote("a\r\nb")).isEqualTo("\"a\r\nb\"");
        assertThat(OverviewCsv.quote("a,b")).isEqualTo("a,b");
    }
}

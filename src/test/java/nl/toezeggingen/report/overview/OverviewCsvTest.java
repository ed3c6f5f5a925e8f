package nl.toezeggingen.report.overview;

import static org.assertj.core.api.Assertions.assertThat;

import nl.toezeggingen.report.Csv;
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
        assertThat(Csv.quote("a;b", ';')).isEqualTo("\"a;b\"");
        assertThat(Csv.quote("zei \"ja\"", ';')).isEqualTo("\"zei \"\"ja\"\"\"");
        assertThat(Csv.quote("a\r\nb", ';')).isEqualTo("\"a\r\nb\"");
        assertThat(Csv.quote("a,b", ';')).isEqualTo("a,b");
    }
}

package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.toezeggingen.domain.Commitment;
import org.junit.jupiter.api.Test;

class DependsOnInEditorTest extends WindowTestBase {

    @Test
    void a_commitment_can_be_set_to_wait_on_another_through_the_list() throws Exception {
        seed(Commitment.builder().reference("SV-06").title("Onderzoek klacht- en meldvoorzieningen afronden").build(),
                Commitment.builder().reference("SV-07").title("Uitkomsten met de Kamer delen").build());
        startApp();
        waitForRows(2);

        selectRow("SV-07");
        choose("#dependsOnBox", "SV-06 – Onderzoek klacht- en meldvoorzieningen afronden");
        clickOn("#saveButton");
        waitUntil(() -> textOf("#statusLabel").startsWith("Opgeslagen"));

        List<Commitment> stored = stored();
        Commitment study = stored.stream().filter(c -> "SV-06".equals(c.reference())).findFirst().orElseThrow();
        Commitment followUp = stored.stream().filter(c -> "SV-07".equals(c.reference())).findFirst().orElseThrow();
        assertThat(followUp.dependsOn()).isEqualTo(study.id());
    }
}

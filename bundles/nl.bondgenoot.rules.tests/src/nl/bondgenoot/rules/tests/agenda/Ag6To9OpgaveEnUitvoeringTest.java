package nl.bondgenoot.rules.tests.agenda;

import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertContains;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertNone;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertOne;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.model.Uitvoeringsagenda;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.RuleProfile;

/** AG-6 (opgave volgt uit visie), AG-7 (coalitie), AG-8 (uitvoeringsagenda), AG-9 (eigenaar en vaststelling). */
class Ag6To9OpgaveEnUitvoeringTest {

    private final AgendaFixture x = new AgendaFixture();

    @Test
    void ag6AnOpgaveThatFollowsFromNoEffect() {
        x.opgave.getVolgtUit().clear();
        assertOne(x.t.findings("AG-6"), Severity.WARNING, x.opgave,
                "Opgave 'Multi-probleemgezinnen' volgt uit geen enkel effect");
    }

    @Test
    void ag7AnOpgaveWithoutCoalitie() {
        x.opgave.setCoalitie(null);
        assertOne(x.t.findings("AG-7"), Severity.WARNING, x.opgave, "noemt geen coalitie");
    }

    @Test
    void ag7AMemberWithoutToegevoegdeWaarde() {
        AgendaFixture.lid(x.opgave, x.wijkraad, " ");
        assertOne(x.t.findings("AG-7"), x.opgave,
                "de toegevoegde waarde van Actor 'Wijkraad Kamperpoort' in de coalitie is niet benoemd");
    }

    @Test
    void ag7EachFindingNamesItsMemberAlsoOneWithoutActor() {
        AgendaFixture.lid(x.opgave, x.wijkraad, "");
        AgendaFixture.lid(x.opgave, null, "");
        int plaats = x.opgave.getCoalitie().getLeden().size();
        List<Finding> findings = x.t.findings("AG-7");
        assertEquals(2, findings.size(), findings::toString);
        assertContains(findings.get(0).message(), "de toegevoegde waarde van Actor 'Wijkraad Kamperpoort'");
        assertContains(findings.get(1).message(), "de toegevoegde waarde van coalitielid " + plaats
                + " (actor onbekend) in de coalitie is niet benoemd");
    }

    @Test
    void ag8AnEmptyUitvoeringsagenda() {
        Uitvoeringsagenda u = x.t.uitvoeringsagenda("Nog in te vullen", null);
        u.getTerugkoppeling().add(nl.bondgenoot.model.Terugkoppeling.MAATSCHAPPELIJKE_AGENDA);
        assertOne(x.t.findings("AG-8"), Severity.WARNING, u,
                "noemt geen opgave, verantwoordelijken, activiteiten, kosten, effectcheck");
    }

    @Test
    void ag8BlankActivitiesDoNotCount() {
        x.uitvoering.getActiviteiten().set(0, "  ");
        x.uitvoering.setKosten("");
        assertOne(x.t.findings("AG-8"), x.uitvoering, "noemt geen activiteiten, kosten;");
    }

    @Test
    void ag8AProfileCanRequireMore(@TempDir Path dir) throws Exception {
        Path profile = Files.writeString(dir.resolve(RuleProfile.FILE_NAME),
                "AG-8.verplicht = opgave, kosten, competenties\n");
        Finding f = Rules.engine(RuleProfile.load(profile)).validate(x.t.model).stream()
                .filter(g -> g.ruleId().equals("AG-8")).findFirst().orElseThrow();
        assertContains(f.message(), "noemt geen competenties;");
    }

    @Test
    void ag9NoProcesEigenaarAndNotAdopted() {
        x.ma.setProcesEigenaar(null);
        x.ma.setVastgesteldDoor(null);
        Finding f = assertOne(x.t.findings("AG-9"), Severity.WARNING, x.ma,
                "legt niet vast wie proceseigenaar is en wie haar vaststelt");
        assertContains(f.quickFixHint(), "gemeenteraad");
    }

    @Test
    void theCompleteExampleSatisfiesAg6To9() {
        assertNone(x.t.findings("AG-6"));
        assertNone(x.t.findings("AG-7"));
        assertNone(x.t.findings("AG-8"));
        assertNone(x.t.findings("AG-9"));
    }
}

package nl.bondgenoot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.soorten.ActorSoort;
import nl.bondgenoot.model.soorten.ActorSoorten;

/** Kinds of actor arrive through the extension point: Bondgenoot's own and a plug-in's (this fragment's). */
class ActorSoortenTest {

    @Test
    void theBuiltinKindsOfSpec11AreThere() {
        ActorSoort gemeente = ActorSoorten.find("gemeente");
        assertEquals(ActorCategorie.OVERHEID, gemeente.categorie());
        assertEquals("Gemeente", gemeente.label());
        assertEquals(ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE, ActorSoorten.find("woningcorporatie").categorie());
        assertTrue(ActorSoorten.of(ActorCategorie.VERTEGENWOORDIGEND_ORGAAN).stream()
                .anyMatch(s -> s.id().equals("Wmo-raad")));
        for (ActorCategorie c : ActorCategorie.values()) {
            assertEquals(c != ActorCategorie.ONBEKEND, !ActorSoorten.of(c).isEmpty(), "kinds for " + c
                    + " (a kind has a known categorie)");
        }
    }

    @Test
    void aPluginAddsItsKindAndABrokenContributionIsSkipped() {
        ActorSoort jongerenwerk = ActorSoorten.find("jongerenwerk");
        // A fragment contributes on behalf of its host, whose class path also holds the fragment's icons.
        assertEquals("nl.bondgenoot.model", jongerenwerk.bundle());
        assertEquals(ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE, jongerenwerk.categorie());
        assertNull(ActorSoorten.find("kapot"));
    }

    @Test
    void theExamplesUseKnownKindsOfTheirOwnCategory() throws Exception {
        for (var file : Examples.skeletonFiles()) {
            for (var actor : nl.bondgenoot.model.persistence.ModelFiles.load(file).getActoren()) {
                ActorSoort kind = actor.getSoort() == null ? null : actor.getSoort().soort();
                assertTrue(kind != null, file.getFileName() + ": unknown soort '" + actor.getSoort() + "'");
                assertEquals(kind.categorie(), actor.getCategorie(), actor.getNaam());
            }
        }
    }
}

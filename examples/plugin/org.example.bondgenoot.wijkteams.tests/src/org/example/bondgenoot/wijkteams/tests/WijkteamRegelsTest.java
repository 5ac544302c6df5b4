package org.example.bondgenoot.wijkteams.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Orgaan;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.Severity;

/** The plug-in's two rules, contributed at nl.bondgenoot.rules.ruleSets, judge a model through the product's one engine. */
class WijkteamRegelsTest {

    private static List<Finding> wijk(Governancemodel model) {
        return Rules.engine().validate(model).stream().filter(f -> f.ruleId().startsWith("WIJK-")).toList();
    }

    @Test
    void bothRulesAreInTheProductsCatalogueWithProvenanceAndSource() {
        List<String> ids = Rules.all().stream().map(r -> r.info().id()).toList();
        assertTrue(ids.containsAll(List.of("WIJK-1", "WIJK-2")), ids.toString());
        Rules.all().stream().filter(r -> r.info().id().startsWith("WIJK-")).forEach(r -> {
            assertEquals("INF", r.info().provenance().name());
            assertTrue(r.info().source().startsWith("S3:"), r.info().source());
            assertTrue(r.info().explanation().startsWith("INF, gelezen uit"), r.info().explanation());
        });
    }

    @Test
    void aWijkteamOfOneDisciplineIsReported() throws Exception {
        Governancemodel model = Voorbeeld.load();
        Orgaan team = model.getNetwerken().get(0).getOrganen().get(0);
        Finding finding = wijk(model).stream().filter(f -> f.ruleId().equals("WIJK-1")).findFirst().orElseThrow();
        assertEquals(team, finding.element());
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("Orgaan 'Teamoverleg Sleutelteam' is een wijkteam met leden uit één discipline (Welzijnsorganisatie);"
                + " een multidisciplinair wijkteam heeft er minstens 2", finding.message());
    }

    @Test
    void aSecondDisciplineSatisfiesWijk1() throws Exception {
        Governancemodel model = Voorbeeld.load();
        Orgaan team = model.getNetwerken().get(0).getOrganen().get(0);
        team.getLeden().get(1).setSoort(nl.bondgenoot.model.soorten.ActorSoortId.valueOf("ggz"));
        assertTrue(wijk(model).stream().noneMatch(f -> f.ruleId().equals("WIJK-1")), wijk(model).toString());
    }

    @Test
    void aMemberWithoutSoortIsNotGuessed() throws Exception {
        Governancemodel model = Voorbeeld.load();
        model.getNetwerken().get(0).getOrganen().get(0).getLeden().get(1).setSoort(null);
        assertTrue(wijk(model).stream().noneMatch(f -> f.ruleId().equals("WIJK-1")), wijk(model).toString());
    }

    @Test
    void aWijkteamNobodySteersIsReportedUntilARelationPointsAtIt() throws Exception {
        Governancemodel model = Voorbeeld.load();
        Actor wijkteam = model.getActoren().stream().filter(a -> a.getNaam().equals("Sleutelteam Berflo Es")).findFirst().orElseThrow();
        Finding finding = wijk(model).stream().filter(f -> f.ruleId().equals("WIJK-2")).findFirst().orElseThrow();
        assertEquals(wijkteam, finding.element());
        assertEquals(Severity.INFO, finding.severity());
        assertEquals("Actor 'Sleutelteam Berflo Es' is een wijkteam waar geen sturingsrelatie naartoe loopt: het model zegt"
                + " niet wie het team opdracht geeft of betaalt", finding.message());

        Sturingsrelatie opdracht = BondgenootFactory.eINSTANCE.createSturingsrelatie();
        opdracht.setVan(model.getActoren().get(0));
        opdracht.setNaar(wijkteam);
        model.getSturingsrelaties().add(opdracht);
        assertTrue(wijk(model).stream().noneMatch(f -> f.ruleId().equals("WIJK-2")), wijk(model).toString());
    }
}

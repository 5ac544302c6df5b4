package nl.bondgenoot.rules.tests.governance;

import static nl.bondgenoot.rules.tests.governance.GovModels.convenant;
import static nl.bondgenoot.rules.tests.governance.GovModels.only;
import static nl.bondgenoot.rules.tests.governance.GovModels.orgaan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.AfspraakSoort;
import nl.bondgenoot.model.Convenant;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Orgaan;
import nl.bondgenoot.model.OrgaanSoort;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

/** GOV-21 (convenant) and GOV-22 (werkgroep and stuurgroep). */
class SamenwerkingsafsprakenTest {

    private final TestModels t = new TestModels();
    private final Actor gemeente = t.gemeente("Gemeente Peel en Maas");
    private final Actor zorgkantoor = t.actor("Zorgkantoor", nl.bondgenoot.model.ActorCategorie.OVERHEID);
    private final Actor welzijn = t.organisatie("Welzijnsorganisatie");

    @Test
    void aConvenantHasTwoPartnersAndAPeriod() {
        Convenant c = convenant(t, "Leven in het Dorp", gemeente);
        List<Finding> findings = t.findings("GOV-21");
        assertEquals(2, findings.size(), findings::toString);
        assertTrue(findings.stream().allMatch(f -> f.element() == c));
        assertEquals("Convenant 'Leven in het Dorp' heeft 1 partner; een convenant heeft er minstens 2",
                findings.get(0).message());
        assertEquals("Convenant 'Leven in het Dorp' heeft geen periode", findings.get(1).message());
        assertEquals(Provenance.INF, findings.get(0).rule().provenance());
        assertTrue(findings.get(0).rule().explanation().contains("INF:"));
        c.getPartners().add(zorgkantoor);
        c.setPeriodeVan("2003");
        assertTrue(t.findings("GOV-21").isEmpty());
    }

    @Test
    void allSamenwerkingspartnersSign() {
        Netwerk netwerk = t.netwerk("Netwerk Welzijn Versterkt", gemeente, zorgkantoor, welzijn, t.burger("Inwoner"));
        Convenant c = convenant(t, "Leven in het Dorp", gemeente, zorgkantoor);
        c.setPeriodeVan("2003");
        c.setNetwerk(netwerk);
        Finding f = only(t.findings("GOV-21"), c, "is niet getekend door Actor 'Welzijnsorganisatie',"
                + " samenwerkingspartner in Netwerk 'Netwerk Welzijn Versterkt'");
        assertEquals(Severity.WARNING, f.severity());
        c.getPartners().add(welzijn);
        assertTrue(t.findings("GOV-21").isEmpty(), "burgers need not sign");
    }

    @Test
    void aBilateralProtocolIsNoConvenant() {
        convenant(t, "CVA-protocol", gemeente).setSoort(AfspraakSoort.PROTOCOL);
        assertTrue(t.findings("GOV-21").isEmpty());
    }

    @Test
    void everyWerkgroepHasSomeoneFromTheStuurgroep() {
        Actor mee = t.organisatie("MEE");
        Netwerk kantelen = t.netwerk("Kantelen doe je samen!", gemeente, welzijn, mee);
        orgaan(kantelen, OrgaanSoort.STUURGROEP, "Stuurgroep", gemeente, mee);
        Orgaan goed = orgaan(kantelen, OrgaanSoort.WERKGROEP, "Werkgroep keukentafelgesprekken", welzijn, mee);
        Orgaan los = orgaan(kantelen, OrgaanSoort.WERKGROEP, "Werkgroep communicatie", welzijn);
        Finding f = only(t.findings("GOV-22"), los, "Orgaan 'Werkgroep communicatie' in Netwerk 'Kantelen doe je"
                + " samen!' heeft geen lid dat ook in de stuurgroep zit");
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.rule().explanation().contains("INF:"));
        assertTrue(goed.getLeden().contains(mee));
    }

    @Test
    void withoutStuurgroepThereIsNothingToInform() {
        Netwerk netwerk = t.netwerk("Buurtgeluk", gemeente, welzijn);
        orgaan(netwerk, OrgaanSoort.WERKGROEP, "Werkgroep barbecue", welzijn);
        orgaan(netwerk, OrgaanSoort.PROJECTGROEP, "Projectgroep", gemeente);
        assertTrue(t.findings("GOV-22").isEmpty());
    }

    @Test
    void anOrgaanOfUnknownSoortIsNoStuurgroepNorWerkgroepAndMayBeAStuurgroep() {
        Netwerk netwerk = t.netwerk("Kantelen doe je samen!", gemeente, welzijn, zorgkantoor);
        Orgaan onbekend = orgaan(netwerk, null, "Overleg", gemeente); // no soort chosen
        assertEquals(OrgaanSoort.ONBEKEND, onbekend.getSoort(), "no longer read as a stuurgroep");
        Orgaan los = orgaan(netwerk, OrgaanSoort.WERKGROEP, "Werkgroep communicatie", welzijn);
        assertTrue(t.findings("GOV-22").isEmpty(), "without a known stuurgroep there is nothing to say");
        orgaan(netwerk, OrgaanSoort.STUURGROEP, "Stuurgroep", zorgkantoor);
        orgaan(netwerk, OrgaanSoort.WERKGROEP, "Werkgroep keukentafelgesprekken", gemeente);
        // the second werkgroep shares the gemeente with the orgaan of unknown soort, which may be a stuurgroep
        only(t.findings("GOV-22"), los, "Orgaan 'Werkgroep communicatie' in Netwerk 'Kantelen doe je samen!' heeft geen lid");
    }
}

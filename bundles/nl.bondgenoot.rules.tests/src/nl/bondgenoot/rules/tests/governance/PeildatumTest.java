package nl.bondgenoot.rules.tests.governance;

import static nl.bondgenoot.rules.tests.TestModels.lidmaatschap;
import static nl.bondgenoot.rules.tests.TestModels.periode;
import static nl.bondgenoot.rules.tests.governance.GovModels.convenant;
import static nl.bondgenoot.rules.tests.governance.GovModels.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Convenant;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.tests.TestModels;

/**
 * The peildatum: what does not hold on it (its period ended or not begun) is not judged as present,
 * and GOV-21 sets a convenant beside the network as it was when the convenant began.
 */
class PeildatumTest {

    private static final LocalDate IN_2011 = LocalDate.parse("2011-01-01");
    private static final LocalDate IN_2003 = LocalDate.parse("2003-06-01");

    private final TestModels t = new TestModels();
    private final Actor helden = t.gemeente("Gemeente Helden");
    private final Actor peelEnMaas = t.gemeente("Gemeente Peel en Maas");
    private final Actor zorgkantoor = t.organisatie("Zorgkantoor");
    private final Actor werkplaats = t.organisatie("Wmo-werkplaats Nijmegen");

    @Test
    void aConvenantThatEndedIsJudgedAtAnEarlierPeildatumButNotToday() {
        Netwerk netwerk = t.netwerk("Netwerk Welzijn Versterkt", peelEnMaas, zorgkantoor, werkplaats);
        Convenant c = convenant(t, "Leven in het Dorp WWZ 2008-2012", peelEnMaas, zorgkantoor);
        c.setPeriode(periode("2008-01-01", "2012-12-31"));
        c.setNetwerk(netwerk);
        only(t.findings("GOV-21", IN_2011), c, "is niet getekend door Actor 'Wmo-werkplaats Nijmegen'");
        assertTrue(t.findings("GOV-21").isEmpty(), "the convenant ended in 2012: today it is not judged");
    }

    @Test
    void aConvenantThatHasNotBegunIsJudgedTodayButNotAtAnEarlierPeildatum() {
        Convenant c = convenant(t, "Nieuw convenant", peelEnMaas);
        c.setPeriode(periode("2020-01-01", null));
        only(t.findings("GOV-21"), c, "heeft 1 partner");
        assertTrue(t.findings("GOV-21", IN_2011).isEmpty(), "in 2011 the convenant had not begun");
    }

    @Test
    void aConvenantIsSetBesideTheMembersOfWhenItBegan() {
        Netwerk netwerk = t.netwerk("Netwerk Welzijn Versterkt", helden, peelEnMaas, zorgkantoor, werkplaats);
        lidmaatschap(netwerk, helden, null, "2009-12-31");
        lidmaatschap(netwerk, peelEnMaas, "2010-01-01", null);
        lidmaatschap(netwerk, werkplaats, "2009-01-01", "2012-12-31");
        Convenant c = convenant(t, "Convenant 2003", helden, zorgkantoor);
        c.setPeriode(periode("2003-01-01", null));
        c.setNetwerk(netwerk);
        assertTrue(t.findings("GOV-21").isEmpty(), "Peel en Maas (2010) and the werkplaats (2009) came after 2003");

        netwerk.getLidmaatschappen().clear(); // undated: everybody is always a member
        Finding f = only(t.findings("GOV-21"), c, "is niet getekend door Actor 'Gemeente Peel en Maas' en Actor"
                + " 'Wmo-werkplaats Nijmegen', samenwerkingspartner in Netwerk 'Netwerk Welzijn Versterkt' bij het"
                + " begin van het convenant (2003-01-01)");
        assertEquals("GOV-21", f.ruleId());
    }

    @Test
    void aMemberWhoseMembershipEndedDoesNotCount() {
        Netwerk netwerk = t.netwerk("Netwerk", peelEnMaas, zorgkantoor, werkplaats);
        lidmaatschap(netwerk, werkplaats, "2009-01-01", "2012-12-31");
        only(t.findings("NET-1"), netwerk, "heeft 2 organisaties");
        assertTrue(t.findings("NET-1", IN_2011).isEmpty(), "in 2011 the werkplaats was a member");
        only(t.findings("NET-1", IN_2003), netwerk, "heeft 2 organisaties"); // not yet a member
    }

    @Test
    void aRolThatHasNotBegunIsNoRolYet() {
        Netwerk netwerk = t.netwerk("Netwerk", peelEnMaas, zorgkantoor, werkplaats);
        t.rol(netwerk, peelEnMaas, RolSoort.REGISSEUR, false).setVerantwoordelijkheid("regie");
        t.rol(netwerk, zorgkantoor, RolSoort.FINANCIER, false).setVerantwoordelijkheid("geld");
        t.rol(netwerk, werkplaats, RolSoort.ANDERS, false).setPeriode(periode("2020-01-01", null));
        only(t.findings("GOV-23"), netwerk.getRollen().get(2), "noemt geen verantwoordelijkheid");
        only(t.findings("GOV-23", IN_2011), netwerk, "Actor 'Wmo-werkplaats Nijmegen' heeft geen rol");
    }

    @Test
    void aRelationThatEndedIsNoLongerTheAccountabilityGov20AsksFor() {
        t.model.setReikwijdte(nl.bondgenoot.model.Reikwijdte.GEMEENTE);
        Actor inwoners = t.burger("Inwoners van Peel en Maas");
        nl.bondgenoot.model.Sturingsrelatie verantwoording = t.relatie(peelEnMaas, inwoners,
                nl.bondgenoot.model.SturingsrelatieSoort.VERANTWOORDING);
        verantwoording.setPeriode(periode("2010-01-01", "2014-12-31"));
        assertTrue(t.findings("GOV-20", IN_2011).isEmpty(), "in 2011 the gemeente accounted to its inwoners");
        only(t.findings("GOV-20"), t.model, "heeft geen verantwoordingsrelatie van de gemeente naar de burgers");
    }

    @Test
    void net13CountsTheOrganisationsThatAreMembersOnThePeildatum() {
        Netwerk netwerk = t.netwerk("Netwerk", peelEnMaas, zorgkantoor, werkplaats, t.organisatie("Welzijn Peel en Maas"),
                t.organisatie("Woningcorporatie"), t.organisatie("GGZ"));
        netwerk.setVorm(nl.bondgenoot.model.Netwerkvorm.NAO);
        lidmaatschap(netwerk, werkplaats, "2009-01-01", "2012-12-31");
        assertTrue(t.findings("NET-13", IN_2011).isEmpty(), "in 2011 six organisations: a NAO fits");
        only(t.findings("NET-13"), netwerk, "5 organisaties (past: 6 of meer)");
    }
}

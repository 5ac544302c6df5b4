package nl.bondgenoot.rules.tests.governance;

import static nl.bondgenoot.rules.tests.governance.GovModels.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

/** GOV-23 (roles and responsibilities) and GOV-24 (many active partners). */
class PartnersTest {

    private final TestModels t = new TestModels();
    private final Actor gemeente = t.gemeente("Gemeente Zwolle");
    private final Actor travers = t.organisatie("Travers");
    private final Netwerk netwerk = t.netwerk("OK-team Kamperpoort", gemeente, travers);

    private Rol rol(Actor actor, RolSoort soort) {
        Rol r = t.rol(netwerk, actor, soort, false);
        r.setVerantwoordelijkheid("verantwoordelijk voor " + soort.getName().toLowerCase());
        return r;
    }

    @Test
    void everyPartnerHasARole() {
        rol(gemeente, RolSoort.REGISSEUR);
        Finding f = only(t.findings("GOV-23"), netwerk, "Netwerk 'OK-team Kamperpoort': Actor 'Travers' heeft geen"
                + " rol in het netwerk");
        assertEquals(Severity.WARNING, f.severity());
        rol(travers, RolSoort.DIENSTVERLENER);
        assertTrue(t.findings("GOV-23").isEmpty());
    }

    @Test
    void aRoleHeldThroughAPartOfTheOrganisationCounts() {
        rol(gemeente, RolSoort.REGISSEUR);
        Actor medewerker = t.actor("Programmamanager van Travers", ActorCategorie.PROFESSIONAL);
        medewerker.setOnderdeelVan(travers);
        rol(medewerker, RolSoort.PROGRAMMAMANAGER);
        assertTrue(t.findings("GOV-23").isEmpty(), t.findings("GOV-23").toString());
    }

    @Test
    void everyRoleStatesItsResponsibility() {
        rol(gemeente, RolSoort.SUBSIDIENT);
        Rol zonder = rol(travers, RolSoort.UITVOERDER);
        zonder.setVerantwoordelijkheid("");
        only(t.findings("GOV-23"), zonder, "Rol 'Travers als uitvoerder' in Netwerk 'OK-team Kamperpoort' noemt geen"
                + " verantwoordelijkheid");
    }

    @Test
    void manyPartnersWithAnActiveRoleRegisseerTheirSurroundings() {
        for (int i = 1; i <= 7; i++) {
            Actor partner = t.organisatie("Partner " + i);
            netwerk.getLeden().add(partner);
            rol(partner, RolSoort.UITVOERDER);
        }
        rol(travers, RolSoort.DIENSTVERLENER);
        rol(gemeente, RolSoort.FINANCIER);
        assertTrue(t.findings("GOV-24").isEmpty(), "8 active partners and a financier are within the threshold");
        rol(gemeente, RolSoort.REGISSEUR);
        Finding f = only(t.findings("GOV-24"), netwerk, "heeft 9 partners met een actieve rol (meer dan 8)");
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.rule().explanation().contains("INF:"));
    }
}

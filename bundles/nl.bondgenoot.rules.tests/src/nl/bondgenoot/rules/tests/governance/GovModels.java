package nl.bondgenoot.rules.tests.governance;

import static nl.bondgenoot.rules.tests.TestModels.F;
import static nl.bondgenoot.rules.tests.TestModels.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Gemeenterol;
import nl.bondgenoot.model.GemeenterolSoort;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Beleidscyclus;
import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.Convenant;
import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Governancetypering;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Orgaan;
import nl.bondgenoot.model.OrgaanSoort;
import nl.bondgenoot.model.Participatie;
import nl.bondgenoot.model.RegieActorrol;
import nl.bondgenoot.model.RegieNiveau;
import nl.bondgenoot.model.RegieRol;
import nl.bondgenoot.model.Regieprofiel;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.model.Sturingsmodel;
import nl.bondgenoot.model.Sturingsmodeltypering;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.tests.TestModels;
import nl.bondgenoot.model.soorten.ActorSoortId;

/** Builders for the governance rule tests, on top of {@link TestModels}, and one assertion. */
final class GovModels {

    private GovModels() {
    }

    static Governancetypering typeer(Netwerk netwerk, Governancetype type, boolean dominant) {
        Governancetypering t = F.createGovernancetypering();
        t.setType(type);
        t.setDominant(dominant);
        netwerk.getGovernancetypen().add(t);
        return t;
    }

    static Sturingsmodeltypering sturingsmodel(Netwerk netwerk, Sturingsmodel model, boolean dominant) {
        Sturingsmodeltypering t = F.createSturingsmodeltypering();
        t.setModel(model);
        t.setDominant(dominant);
        netwerk.getSturingsmodellen().add(t);
        return t;
    }

    static Participatie participatie(Netwerk netwerk, Burgerparticipatie niveau) {
        Participatie p = F.createParticipatie();
        p.setNiveau(niveau);
        netwerk.setParticipatie(p);
        return p;
    }

    /** A regieprofiel; {@code niveaus} fills the nine categories in order, repeating the last one. */
    static Regieprofiel regie(Netwerk netwerk, RegieRol rol, RegieActorrol actorrol, RegieNiveau... niveaus) {
        Regieprofiel r = F.createRegieprofiel();
        r.setRegierol(rol);
        r.setActorrol(actorrol);
        RegieNiveau[] n = new RegieNiveau[9];
        for (int i = 0; i < 9; i++) {
            n[i] = niveaus.length == 0 ? RegieNiveau.ONBEKEND : niveaus[Math.min(i, niveaus.length - 1)];
        }
        r.setVisie(n[0]);
        r.setDoel(n[1]);
        r.setActor(n[2]);
        r.setAfstemming(n[3]);
        r.setSturing(n[4]);
        r.setRandvoorwaarden(n[5]);
        r.setAfhankelijkheid(n[6]);
        r.setVerantwoordelijkheid(n[7]);
        r.setMonitoring(n[8]);
        netwerk.setRegie(r);
        return r;
    }

    static Rol rol(TestModels t, Netwerk netwerk, Actor actor, RolSoort soort, Beleidsfase fase) {
        Rol r = t.rol(netwerk, actor, soort, false);
        r.setFase(fase);
        return r;
    }

    /** A role of the gemeente in the network, in no particular fase. */
    static Gemeenterol gemeenterol(Netwerk netwerk, GemeenterolSoort soort) {
        Gemeenterol rol = F.createGemeenterol();
        rol.setSoort(soort);
        netwerk.getGemeenterollen().add(rol);
        return rol;
    }

    static Orgaan orgaan(Netwerk netwerk, OrgaanSoort soort, String naam, Actor... leden) {
        Orgaan o = named(F.createOrgaan(), naam);
        o.setSoort(soort);
        o.getLeden().addAll(List.of(leden));
        netwerk.getOrganen().add(o);
        return o;
    }

    static Convenant convenant(TestModels t, String naam, Actor... partners) {
        Convenant c = named(F.createConvenant(), naam);
        c.getPartners().addAll(List.of(partners));
        t.model.getConvenanten().add(c);
        return c;
    }

    static Beleidscyclus beleidscyclus(TestModels t, Beleidsfase... fasen) {
        Beleidscyclus c = F.createBeleidscyclus();
        c.getFasen().addAll(List.of(fasen));
        t.model.setBeleidscyclus(c);
        return c;
    }

    /** An afdeling of the gemeente. */
    static Actor afdeling(TestModels t, Actor gemeente, String naam) {
        Actor a = t.actor(naam, ActorCategorie.OVERHEID);
        a.setSoort(ActorSoortId.valueOf("afdeling"));
        a.setOnderdeelVan(gemeente);
        return a;
    }

    /** Asserts exactly one finding, about {@code element}, whose message contains {@code text}; returns it. */
    static Finding only(List<Finding> findings, EObject element, String text) {
        assertEquals(1, findings.size(), () -> findings.toString());
        Finding f = findings.get(0);
        assertSame(element, f.element(), f::text);
        assertTrue(f.message().contains(text), f::text);
        return f;
    }
}

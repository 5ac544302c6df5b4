package nl.bondgenoot.rules.tests.participation;

import java.util.List;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Arrangement;
import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Bondgenootschap;
import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Ondersteuningsniveau;
import nl.bondgenoot.model.Organisatiegebied;
import nl.bondgenoot.model.Participatie;
import nl.bondgenoot.model.Plateau;
import nl.bondgenoot.rules.tests.TestModels;

/** Builder methods the participation rule tests need beyond {@link TestModels}. */
final class ParticipationModels {

    private ParticipationModels() {
    }

    static Bondgenootschap bondgenootschap(TestModels m, String naam, Actor... leden) {
        Bondgenootschap b = TestModels.named(TestModels.F.createBondgenootschap(), naam);
        b.getLeden().addAll(List.of(leden));
        m.model.getNetwerken().add(b);
        return b;
    }

    static Participatie participatie(Netwerk netwerk, Burgerparticipatie niveau, Beleidsfase fase, String rolgrens) {
        Participatie p = TestModels.F.createParticipatie();
        p.setNiveau(niveau);
        p.setFase(fase);
        p.setRolgrens(rolgrens);
        netwerk.setParticipatie(p);
        return p;
    }

    /** A participation of one burgergroep (null: burgers in general), not yet attached to anything. */
    static Participatie groep(Burgerparticipatie niveau, String burgergroep) {
        Participatie p = TestModels.F.createParticipatie();
        p.setNiveau(niveau);
        p.setBurgergroep(burgergroep);
        return p;
    }

    static Arrangement arrangement(TestModels m, String naam, Ondersteuningsniveau... niveaus) {
        Arrangement a = TestModels.named(TestModels.F.createArrangement(), naam);
        a.getNiveaus().addAll(List.of(niveaus));
        m.model.getArrangementen().add(a);
        return a;
    }

    static Plateau plateau(TestModels m, Organisatiegebied gebied, int huidig, int ambitie) {
        Plateau p = TestModels.F.createPlateau();
        p.setGebied(gebied);
        p.setHuidig(huidig);
        p.setAmbitie(ambitie);
        m.model.getPlateaus().add(p);
        return p;
    }
}

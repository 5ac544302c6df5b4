package nl.bondgenoot.rules.tests.network;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Deelvorm;
import nl.bondgenoot.model.Indicator;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkregisseur;
import nl.bondgenoot.rules.tests.TestModels;

/** Builder methods the network rule tests need beyond {@link TestModels}. */
final class NetworkModels {

    private NetworkModels() {
    }

    /** A network that declares its outcome and what it shares (NET-2), so tests see the rule they are about. */
    static Netwerk netwerk(TestModels m, String naam, Actor... leden) {
        Netwerk n = m.netwerk(naam, leden);
        n.getGedeeldeUitkomsten().add("Kwetsbare gezinnen redden zich weer zelf");
        n.getDeelt().add(Deelvorm.INFORMATIE);
        n.getDeelt().add(Deelvorm.ACTIVITEITEN);
        return n;
    }

    static Netwerkregisseur regisseur(Netwerk netwerk, Actor actor) {
        Netwerkregisseur r = TestModels.F.createNetwerkregisseur();
        r.setActor(actor);
        netwerk.setRegisseur(r);
        return r;
    }

    /** An afdeling, team or professional of an organisation. */
    static Actor onderdeel(TestModels m, String naam, ActorCategorie categorie, Actor van) {
        Actor a = m.actor(naam, categorie);
        a.setOnderdeelVan(van);
        return a;
    }

    static Indicator indicator(Netwerk netwerk, String naam, String netwerkdoel) {
        Indicator i = TestModels.named(TestModels.F.createIndicator(), naam);
        i.setNetwerkdoel(netwerkdoel);
        netwerk.getPrestatieIndicatoren().add(i);
        return i;
    }
}

package nl.bondgenoot.representation.look;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;

/** Actors and sturingsrelaties added to a model made in a test. */
final class SmallModels {

    private SmallModels() {
    }

    static Actor actor(Governancemodel model, String naam, ActorCategorie categorie) {
        Actor actor = BondgenootFactory.eINSTANCE.createActor();
        actor.setNaam(naam);
        actor.setCategorie(categorie);
        model.getActoren().add(actor);
        return actor;
    }

    static Sturingsrelatie relation(Governancemodel model, Actor van, Actor naar, SturingsrelatieSoort soort) {
        Sturingsrelatie relatie = BondgenootFactory.eINSTANCE.createSturingsrelatie();
        relatie.setVan(van);
        relatie.setNaar(naar);
        relatie.setSoort(soort);
        model.getSturingsrelaties().add(relatie);
        return relatie;
    }
}

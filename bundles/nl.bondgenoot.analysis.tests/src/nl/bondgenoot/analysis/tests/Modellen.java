package nl.bondgenoot.analysis.tests;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nl.bondgenoot.analysis.Graafprojecties;
import nl.bondgenoot.analysis.Netwerkgraaf;
import nl.bondgenoot.analysis.Projectie;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;

/** Small models for hand-computed figures: actors by name, relations "a>b". */
final class Modellen {

    static final BondgenootFactory F = BondgenootFactory.eINSTANCE;
    static final LocalDate PEILDATUM = LocalDate.of(2026, 1, 1);

    final Governancemodel model = named(F.createGovernancemodel(), "Test");
    final Map<String, Actor> actoren = new LinkedHashMap<>();

    static <T extends Element> T named(T element, String naam) {
        element.setId(UUID.nameUUIDFromBytes(naam.getBytes()).toString());
        element.setNaam(naam);
        return element;
    }

    /** Actors a, b, ... of the given categorie, in order. */
    Modellen actoren(ActorCategorie categorie, String... namen) {
        for (String naam : namen) {
            Actor actor = named(F.createActor(), naam);
            actor.setCategorie(categorie);
            model.getActoren().add(actor);
            actoren.put(naam, actor);
        }
        return this;
    }

    /** Relations "a>b" (a steers b) of the given soort. */
    Modellen relaties(SturingsrelatieSoort soort, String... paren) {
        for (String paar : paren) {
            String[] ends = paar.split(">");
            Sturingsrelatie r = named(F.createSturingsrelatie(), paar);
            r.setVan(a(ends[0]));
            r.setNaar(a(ends[1]));
            r.setSoort(soort);
            model.getSturingsrelaties().add(r);
        }
        return this;
    }

    Modellen relaties(String... paren) {
        return relaties(SturingsrelatieSoort.SAMENWERKING, paren);
    }

    Netwerk netwerk(String naam, String... leden) {
        Netwerk n = named(F.createNetwerk(), naam);
        for (String lid : leden) {
            n.getLeden().add(a(lid));
        }
        model.getNetwerken().add(n);
        return n;
    }

    Actor a(String naam) {
        return actoren.get(naam);
    }

    Netwerkgraaf heelModel() {
        return Graafprojecties.van(model, Projectie.heelModel(PEILDATUM));
    }

    static Modellen pad() {
        return new Modellen().actoren(ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE, "a", "b", "c", "d")
                .relaties("a>b", "b>c", "c>d");
    }

    static Modellen ster() {
        return new Modellen().actoren(ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE, "m", "x", "y", "z")
                .relaties("m>x", "m>y", "m>z");
    }

    /** Triangles a-b-c and d-e-f, joined by the bridge c-d. */
    static Modellen tweeDriehoeken() {
        return new Modellen().actoren(ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE, "a", "b", "c", "d", "e", "f")
                .relaties("a>b", "b>c", "c>a", "c>d", "d>e", "e>f", "f>d");
    }

    /** a-b, c-d and e alone. */
    static Modellen losseDelen() {
        return new Modellen().actoren(ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE, "a", "b", "c", "d", "e")
                .relaties("a>b", "c>d");
    }
}

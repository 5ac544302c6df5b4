package nl.bondgenoot.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.analysis.maten.Makelaarsrollen;
import nl.bondgenoot.analysis.maten.Netwerkanalyses;
import nl.bondgenoot.model.ActorCategorie;

/** Gould &amp; Fernandez's five roles on triads whose roles are known by construction. */
class MakelaarsrollenTest {

    private static Makelaarsrollen van(Modellen m, String broker) {
        return Netwerkanalyses.van(m.heelModel()).van(m.a(broker)).orElseThrow().makelaar();
    }

    private static Modellen triade(ActorCategorie a, ActorCategorie b, ActorCategorie c) {
        return new Modellen().actoren(a, "a").actoren(b, "b").actoren(c, "c").relaties("a>b", "b>c");
    }

    private static final ActorCategorie OV = ActorCategorie.OVERHEID;
    private static final ActorCategorie MO = ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE;
    private static final ActorCategorie MP = ActorCategorie.MARKTPARTIJ;

    @Test
    void theFiveRoles() {
        assertEquals(new Makelaarsrollen(1, 0, 0, 0, 0, 0), van(triade(OV, OV, OV), "b"), "coordinator");
        assertEquals(new Makelaarsrollen(0, 1, 0, 0, 0, 0), van(triade(MO, OV, MO), "b"), "itinerant");
        assertEquals(new Makelaarsrollen(0, 0, 1, 0, 0, 0), van(triade(MO, OV, OV), "b"), "gatekeeper");
        assertEquals(new Makelaarsrollen(0, 0, 0, 1, 0, 0), van(triade(OV, OV, MO), "b"), "representative");
        assertEquals(new Makelaarsrollen(0, 0, 0, 0, 1, 0), van(triade(MO, OV, MP), "b"), "liaison");
    }

    @Test
    void onlyTheMiddleOfATwoPathBrokers() {
        Modellen m = triade(OV, OV, OV);
        assertEquals(Makelaarsrollen.GEEN, van(m, "a"));
        assertEquals(Makelaarsrollen.GEEN, van(m, "c"));
    }

    @Test
    void aDirectTieMeansNoBrokerIsNeeded() {
        Modellen m = triade(OV, OV, OV).relaties("a>c");
        assertEquals(Makelaarsrollen.GEEN, van(m, "b"));
        // The other way round (c steers a) leaves a -> b -> c open: b still brokers.
        assertEquals(1, van(triade(OV, OV, OV).relaties("c>a"), "b").coordinator());
    }

    @Test
    void anUnknownCategorieIsNoGroupItIsUndetermined() {
        assertEquals(new Makelaarsrollen(0, 0, 0, 0, 0, 1), van(triade(ActorCategorie.ONBEKEND, OV, OV), "b"));
        assertEquals(new Makelaarsrollen(0, 0, 0, 0, 0, 1), van(triade(OV, ActorCategorie.ONBEKEND, OV), "b"));
    }

    @Test
    void aHubCountsEveryOpenPath() {
        // x and y (overheid) steer the hub h (overheid), which steers p and q (maatschappelijk): 4 open paths,
        // each representative (a and b one group, c another).
        Modellen m = new Modellen().actoren(OV, "x", "y", "h").actoren(MO, "p", "q")
                .relaties("x>h", "y>h", "h>p", "h>q");
        assertEquals(new Makelaarsrollen(0, 0, 0, 4, 0, 0), van(m, "h"));
        assertEquals(4, van(m, "h").totaal());
    }
}

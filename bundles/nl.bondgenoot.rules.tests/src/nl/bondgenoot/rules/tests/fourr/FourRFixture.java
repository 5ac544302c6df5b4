package nl.bondgenoot.rules.tests.fourr;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Effect;
import nl.bondgenoot.model.Indicator;
import nl.bondgenoot.model.IndicatorSoort;
import nl.bondgenoot.model.Kapitaalgoed;
import nl.bondgenoot.model.KapitaalgoedSoort;
import nl.bondgenoot.model.Niveau;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.RekenschapSoort;
import nl.bondgenoot.model.ResultaatSoort;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.rules.tests.TestModels;

/**
 * The two opgaven of S0:1151-1168 as test situations: huishoudelijke hulp (enkelvoudig) and the
 * multi-probleemgezin (meervoudig), each with an opdrachtrelatie whose 4R fit the seed.
 */
final class FourRFixture {

    final TestModels t = new TestModels();
    final Actor gemeente = t.gemeente("Gemeente Zwolle");
    final Actor travers = t.organisatie("Travers");
    final Actor deKern = t.organisatie("De Kern");

    Opdrachtrelatie enkelvoudig() {
        Opgave opgave = t.opgave("Huishoudelijke hulp", Vraagstuk.ENKELVOUDIG);
        return TestModels.vierR(t.opdracht(opgave, gemeente, travers), Niveau.HOOG, Niveau.LAAG,
                ResultaatSoort.PRODUCT, Niveau.LAAG, RekenschapSoort.PRESTATIE);
    }

    Opdrachtrelatie meervoudig() {
        Opgave opgave = t.opgave("Multi-probleemgezin", Vraagstuk.MEERVOUDIG);
        return TestModels.vierR(t.opdracht(opgave, gemeente, travers, deKern), Niveau.LAAG, Niveau.HOOG,
                ResultaatSoort.MAATSCHAPPELIJK_EFFECT, Niveau.HOOG, RekenschapSoort.EFFECT);
    }

    /** An effect with one indicator that has a nulmeting and a streefwaarde. */
    Effect meetbaarEffect(String naam) {
        Effect e = t.effect(naam);
        Indicator i = TestModels.named(TestModels.F.createIndicator(), "aandeel op zelfredzaamheidsniveau 3");
        i.setSoort(IndicatorSoort.OUTCOME);
        i.setNulmeting("62%");
        i.setStreefwaarde("70%");
        e.getIndicatoren().add(i);
        return e;
    }

    static Kapitaalgoed kapitaalgoed(Opgave opgave, KapitaalgoedSoort soort, Actor aanbieder) {
        Kapitaalgoed k = TestModels.F.createKapitaalgoed();
        k.setSoort(soort);
        k.setAanbieder(aanbieder);
        opgave.getKapitaalgoederen().add(k);
        return k;
    }

    static Opgave opgave(Opdrachtrelatie r) {
        return (Opgave) r.eContainer();
    }
}

package nl.bondgenoot.rules.tests.agenda;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Coalitie;
import nl.bondgenoot.model.Coalitielid;
import nl.bondgenoot.model.Doelsoort;
import nl.bondgenoot.model.Effect;
import nl.bondgenoot.model.Indicator;
import nl.bondgenoot.model.IndicatorSoort;
import nl.bondgenoot.model.MaatschappelijkeAgenda;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.Terugkoppeling;
import nl.bondgenoot.model.Terugmelding;
import nl.bondgenoot.model.Uitvoeringsagenda;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.rules.tests.TestModels;

/**
 * A complete set of agendas after the seed's example (Zelfredzaam Zwolle) that passes every agenda rule;
 * each test breaks one thing.
 */
final class AgendaFixture {

    final TestModels t = new TestModels();
    final Actor raad = t.gemeente("Gemeenteraad Zwolle");
    final Actor gemeente = t.gemeente("Gemeente Zwolle");
    final Actor travers = t.organisatie("Travers");
    final Actor wijkraad = t.actor("Wijkraad Kamperpoort", nl.bondgenoot.model.ActorCategorie.VERTEGENWOORDIGEND_ORGAAN);
    final MaatschappelijkeAgenda ma;
    final Effect zelfredzaam;
    final Opgave opgave;
    final Uitvoeringsagenda uitvoering;
    final Terugmelding terugmelding;

    AgendaFixture() {
        ma = t.maatschappelijkeAgenda();
        ma.setVisie("Inwoners redden zich zo lang mogelijk zelf, met hun netwerk.");
        ma.setProcesEigenaar(gemeente);
        ma.setVastgesteldDoor(raad);
        ma.getOpgesteldMet().add(gemeente);
        ma.getOpgesteldMet().add(travers);
        ma.getOpgesteldMet().add(wijkraad);
        zelfredzaam = t.effect("Meer inwoners zijn zelfredzaam");
        zelfredzaam.setSoort(Doelsoort.OUTCOME);
        indicator(zelfredzaam, "aandeel inwoners op zelfredzaamheidsniveau 3", IndicatorSoort.OUTCOME, "62%", "70%");
        indicator(zelfredzaam, "bereikte huishoudens", IndicatorSoort.OUTPUT, "0", "35");
        opgave = t.opgave("Multi-probleemgezinnen", Vraagstuk.MEERVOUDIG);
        opgave.getVolgtUit().add(zelfredzaam);
        lid(opgave, travers, "ambulante hulp aan gezinnen");
        lid(opgave, gemeente, "regie en budget");
        uitvoering = t.uitvoeringsagenda("Aanpak gezinnen Kamperpoort", opgave);
        uitvoering.getActiviteiten().add("huisbezoeken door het OK-team");
        uitvoering.getVerantwoordelijken().add(travers);
        uitvoering.setKosten("EUR 250.000 per jaar");
        uitvoering.setEffectcheck("halfjaarlijkse meting zelfredzaamheid");
        uitvoering.getTerugkoppeling().add(Terugkoppeling.VERANDERAGENDA);
        terugmelding = TestModels.F.createTerugmelding();
        terugmelding.setWat("de ervaringen van het OK-team");
        terugmelding.getAan().add(gemeente);
        terugmelding.setWanneer("halfjaarlijks");
        uitvoering.getTerugmeldingen().add(terugmelding);
    }

    static Indicator indicator(Effect effect, String naam, IndicatorSoort soort, String nulmeting, String streefwaarde) {
        Indicator i = TestModels.named(TestModels.F.createIndicator(), naam);
        i.setSoort(soort);
        i.setNulmeting(nulmeting);
        i.setStreefwaarde(streefwaarde);
        effect.getIndicatoren().add(i);
        return i;
    }

    Effect effect(String naam, Doelsoort soort) {
        Effect e = t.effect(naam);
        e.setSoort(soort);
        return e;
    }

    static Coalitielid lid(Opgave opgave, Actor actor, String toegevoegdeWaarde) {
        if (opgave.getCoalitie() == null) {
            Coalitie c = TestModels.F.createCoalitie();
            opgave.setCoalitie(c);
        }
        Coalitielid lid = TestModels.F.createCoalitielid();
        lid.setActor(actor);
        lid.setToegevoegdeWaarde(toegevoegdeWaarde);
        opgave.getCoalitie().getLeden().add(lid);
        return lid;
    }
}

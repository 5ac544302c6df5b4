package nl.bondgenoot.rules.tests;

import java.util.List;
import java.util.UUID;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Betrokkene;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Effect;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Financieringsstroom;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.MaatschappelijkeAgenda;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Niveau;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.RekenschapSoort;
import nl.bondgenoot.model.ResultaatSoort;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.Uitvoeringsagenda;
import nl.bondgenoot.model.Veranderagenda;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.model.soorten.ActorSoortId;

/**
 * Builds small models for rule tests: each method adds to one Governancemodel and returns what it
 * made, so a test reads as the situation it checks. Shared by all rule tests.
 */
public final class TestModels {

    public static final BondgenootFactory F = BondgenootFactory.eINSTANCE;

    public final Governancemodel model = named(F.createGovernancemodel(), "Testmodel");

    public static <T extends Element> T named(T element, String naam) {
        element.setId(UUID.randomUUID().toString());
        element.setNaam(naam);
        return element;
    }

    public Actor actor(String naam, ActorCategorie categorie) {
        Actor a = named(F.createActor(), naam);
        a.setCategorie(categorie);
        model.getActoren().add(a);
        return a;
    }

    public Actor gemeente(String naam) {
        Actor a = actor(naam, ActorCategorie.OVERHEID);
        a.setSoort(ActorSoortId.valueOf("gemeente"));
        return a;
    }

    public Actor organisatie(String naam) {
        return actor(naam, ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE);
    }

    public Actor burger(String naam) {
        return actor(naam, ActorCategorie.BURGER);
    }

    public Netwerk netwerk(String naam, Actor... leden) {
        Netwerk n = named(F.createNetwerk(), naam);
        n.getLeden().addAll(List.of(leden));
        model.getNetwerken().add(n);
        return n;
    }

    public Rol rol(Netwerk netwerk, Actor actor, RolSoort soort, boolean inPrimairProces) {
        Rol r = named(F.createRol(), actor.getNaam() + " als " + soort.getName().toLowerCase());
        r.setActor(actor);
        r.setSoort(soort);
        r.setInPrimairProces(inPrimairProces);
        netwerk.getRollen().add(r);
        return r;
    }

    public Sturingsrelatie relatie(Actor van, Betrokkene naar, SturingsrelatieSoort soort) {
        Sturingsrelatie s = named(F.createSturingsrelatie(), van.getNaam() + " -> " + naar.getNaam());
        s.setVan(van);
        s.setNaar(naar);
        s.setSoort(soort);
        model.getSturingsrelaties().add(s);
        return s;
    }

    /** A financieringsstroom from financier to ontvanger, instrument and kader unknown. */
    public Financieringsstroom financiering(Actor financier, Betrokkene ontvanger) {
        Financieringsstroom f = F.createFinancieringsstroom();
        f.setFinancier(financier);
        f.setOntvanger(ontvanger);
        model.getFinancieringsstromen().add(f);
        return f;
    }

    public MaatschappelijkeAgenda maatschappelijkeAgenda() {
        if (model.getMaatschappelijkeAgenda() == null) {
            model.setMaatschappelijkeAgenda(named(F.createMaatschappelijkeAgenda(), "Maatschappelijke agenda"));
        }
        return model.getMaatschappelijkeAgenda();
    }

    public Effect effect(String naam) {
        Effect e = named(F.createEffect(), naam);
        maatschappelijkeAgenda().getEffecten().add(e);
        return e;
    }

    public Veranderagenda veranderagenda() {
        if (model.getVeranderagenda() == null) {
            model.setVeranderagenda(named(F.createVeranderagenda(), "Veranderagenda"));
        }
        return model.getVeranderagenda();
    }

    public Opgave opgave(String naam, Vraagstuk vraagstuk) {
        Opgave o = named(F.createOpgave(), naam);
        o.setVraagstuk(vraagstuk);
        veranderagenda().getOpgaven().add(o);
        return o;
    }

    public Opdrachtrelatie opdracht(Opgave opgave, Actor opdrachtgever, Actor... opdrachtnemers) {
        Opdrachtrelatie r = named(F.createOpdrachtrelatie(), "Opdracht " + opgave.getNaam());
        r.setOpdrachtgever(opdrachtgever);
        r.getOpdrachtnemers().addAll(List.of(opdrachtnemers));
        opgave.getOpdrachtrelaties().add(r);
        return r;
    }

    /** Sets all four R's of an opdrachtrelatie, each with a short text. */
    public static Opdrachtrelatie vierR(Opdrachtrelatie r, Niveau richting, Niveau ruimte, ResultaatSoort resultaat,
            Niveau rekenschap, RekenschapSoort rekenschapSoort) {
        r.setRichting(F.createRichting());
        r.getRichting().setNiveau(richting);
        r.getRichting().setTekst("richting");
        r.setRuimte(F.createRuimte());
        r.getRuimte().setNiveau(ruimte);
        r.getRuimte().setTekst("ruimte");
        r.setResultaat(F.createResultaat());
        r.getResultaat().setSoort(resultaat);
        r.getResultaat().setTekst("resultaat");
        r.setRekenschap(F.createRekenschap());
        r.getRekenschap().setNiveau(rekenschap);
        r.getRekenschap().setSoort(rekenschapSoort);
        r.getRekenschap().setTekst("rekenschap");
        return r;
    }

    public Uitvoeringsagenda uitvoeringsagenda(String naam, Opgave opgave) {
        Uitvoeringsagenda u = named(F.createUitvoeringsagenda(), naam);
        u.setOpgave(opgave);
        model.getUitvoeringsagendas().add(u);
        return u;
    }

    /** What the installed rules report, all of them. */
    public List<Finding> findings() {
        return Rules.engine().validate(model);
    }

    /** What one rule reports on this model. */
    public List<Finding> findings(String ruleId) {
        return findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** What one rule reports on this model as it stands on the peildatum. */
    public List<Finding> findings(String ruleId, java.time.LocalDate peildatum) {
        return Rules.engine().validate(model, peildatum).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** A period; either end may be null (open). */
    public static nl.bondgenoot.model.Periode periode(String van, String tot) {
        return nl.bondgenoot.model.tijd.Periodes.periode(van == null ? null : java.time.LocalDate.parse(van),
                tot == null ? null : java.time.LocalDate.parse(tot));
    }

    /** Dates the actor's membership of the network. */
    public static nl.bondgenoot.model.Lidmaatschap lidmaatschap(Netwerk netwerk, Actor lid, String van, String tot) {
        nl.bondgenoot.model.Lidmaatschap lidmaatschap = F.createLidmaatschap();
        lidmaatschap.setLid(lid);
        lidmaatschap.setPeriode(periode(van, tot));
        netwerk.getLidmaatschappen().add(lidmaatschap);
        return lidmaatschap;
    }
}

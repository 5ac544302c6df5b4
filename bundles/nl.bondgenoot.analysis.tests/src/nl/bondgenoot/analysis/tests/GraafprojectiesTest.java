package nl.bondgenoot.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.analysis.Graafprojecties;
import nl.bondgenoot.analysis.Netwerkgraaf;
import nl.bondgenoot.analysis.Projectie;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Lidmaatschap;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkregisseur;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.tijd.Periodes;

class GraafprojectiesTest {

    private static final LocalDate DATUM = Modellen.PEILDATUM;

    @Test
    void aNetwerkIsItsMembersOnThePeildatumAndItsRegisseur() {
        Modellen m = Modellen.pad().actoren(ActorCategorie.OVERHEID, "g").relaties("g>a");
        Netwerk n = m.netwerk("N", "a", "b", "c");
        Lidmaatschap vertrokken = Modellen.named(Modellen.F.createLidmaatschap(), "c in N");
        vertrokken.setLid(m.a("c"));
        vertrokken.setPeriode(Periodes.periode(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)));
        n.getLidmaatschappen().add(vertrokken);
        Netwerkregisseur regisseur = Modellen.F.createNetwerkregisseur();
        regisseur.setActor(m.a("g"));
        n.setRegisseur(regisseur);

        Netwerkgraaf graaf = Graafprojecties.van(m.model, Projectie.van(n, DATUM));
        assertEquals(List.of(m.a("a"), m.a("b"), m.a("g")), graaf.actoren(), "c left in 2024; d is no member");
        assertEquals(Set.of(m.a("a"), m.a("b")), graaf.leden(), "the regisseur steers but is no participant");
        assertEquals(2, graaf.ongericht().edgeSet().size(), "a-b and g-a; b-c leads out of the netwerk");
        Netwerkgraaf in2022 = Graafprojecties.van(m.model, Projectie.van(n, LocalDate.of(2022, 6, 1)));
        assertTrue(in2022.actoren().contains(m.a("c")));
    }

    @Test
    void familiesChooseTheRelations() {
        Modellen m = Modellen.pad().relaties(SturingsrelatieSoort.SUBSIDIE, "a>d");
        Netwerkgraaf financieel = Graafprojecties.van(m.model, Projectie.heelModel(DATUM).metFamilies(Set.of("financieel")));
        assertEquals(1, financieel.ongericht().edgeSet().size());
        assertEquals(4, financieel.actoren().size(), "every actor stays, with or without ties");
        Netwerkgraaf alle = Graafprojecties.van(m.model, Projectie.heelModel(DATUM));
        assertEquals(4, alle.ongericht().edgeSet().size());
        assertEquals(Set.of("financieel"), financieel.ongericht().edgeSet().iterator().next().families());
    }

    @Test
    void anUnknownFamilyIsSaidInDutch() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Projectie.heelModel(DATUM).metFamilies(Set.of("geld")));
        assertTrue(e.getMessage().startsWith("Onbekende familie van sturingsrelaties 'geld'"), e.getMessage());
    }

    @Test
    void aRelationThatEndedIsNoTie() {
        Modellen m = Modellen.pad();
        Sturingsrelatie ab = m.model.getSturingsrelaties().get(0);
        ab.setPeriode(Periodes.periode(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)));
        assertEquals(2, Graafprojecties.van(m.model, Projectie.heelModel(DATUM)).ongericht().edgeSet().size());
        assertEquals(3, Graafprojecties.van(m.model, Projectie.heelModel(LocalDate.of(2020, 6, 1))).ongericht()
                .edgeSet().size());
    }

    @Test
    void aViewsFilterLeavesHiddenActorsAndTheirTiesOut() {
        Modellen m = Modellen.pad();
        Netwerkgraaf graaf = Graafprojecties.van(m.model,
                Projectie.heelModel(DATUM).alleenZichtbaar(e -> e != m.a("b")));
        assertEquals(3, graaf.actoren().size());
        assertEquals(1, graaf.ongericht().edgeSet().size(), "only c-d");
    }

    @Test
    void twoRelationsBetweenTheSameActorsAreOneTie() {
        Modellen m = Modellen.pad().relaties(SturingsrelatieSoort.SUBSIDIE, "a>b").relaties("b>a");
        Netwerkgraaf graaf = m.heelModel();
        assertEquals(3, graaf.ongericht().edgeSet().size());
        assertEquals(3, graaf.ongericht().getEdge(m.a("a"), m.a("b")).relaties().size());
        assertEquals(4, graaf.gericht().edgeSet().size(), "a>b and b>a are two directed ties");
    }
}

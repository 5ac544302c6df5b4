package nl.bondgenoot.rules.tests.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.bondgenoot.model.Aanwijzing;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Mate;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkregisseur;
import nl.bondgenoot.model.Netwerkvorm;
import nl.bondgenoot.model.Participatie;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.tests.TestModels;
import nl.bondgenoot.model.soorten.ActorSoortId;

/**
 * NET-6 (S2:2278-2280): "In een netwerk hoeft niet iedereen elkaar te vertrouwen en de neuzen hoeven niet
 * allemaal dezelfde kant op te staan - organisaties kunnen binnen het netwerk concurreren". No rule
 * faults a network for it: one whose members distrust each other, disagree on goals and compete gets
 * the findings of the same network that says nothing about those things, except that NET-13 (EXT,
 * Provan &amp; Kenis) may say that its form fits less well. Competition is modelled as two providers of
 * the same soort delivering the same service.
 */
class Net6GeenOordeelOverOnderlingeVerhoudingenTest {

    /** A complete, well-formed network of six organisations in the given form. */
    private static TestModels scenario(Netwerkvorm vorm, boolean wantrouwenOnenigheidConcurrentie) {
        TestModels m = new TestModels();
        Actor noord = m.organisatie("Thuiszorg Noord");
        noord.setSoort(ActorSoortId.valueOf("thuiszorg"));
        Actor zuid = m.organisatie("Thuiszorg Zuid");
        zuid.setSoort(ActorSoortId.valueOf(wantrouwenOnenigheidConcurrentie ? "thuiszorg" : "woningcorporatie"));
        Actor travers = m.organisatie("Travers");
        Netwerk n = NetworkModels.netwerk(m, "Wijknetwerk", m.gemeente("Gemeente Zwolle"), travers,
                m.organisatie("De Kern"), m.organisatie("DeltaWonen"), noord, zuid);
        m.rol(n, noord, RolSoort.DIENSTVERLENER, true);
        m.rol(n, zuid, RolSoort.DIENSTVERLENER, true);
        n.setVorm(vorm);
        // a network of aanbieders that says why burgers are not involved: BG-4 has nothing to say about it
        Participatie geenBurgers = TestModels.F.createParticipatie();
        geenBurgers.setMotivering("afstemming tussen aanbieders");
        n.setParticipatie(geenBurgers);
        if (vorm == Netwerkvorm.NAO) {
            Netwerkregisseur r = NetworkModels.regisseur(n, m.organisatie("Bureau Netwerkregie"));
            r.getVertrouwdDoor().addAll(n.getLeden());
            r.setAangewezenDoor(Aanwijzing.NETWERK);
            n.setBehoefteNetwerkcompetenties(Mate.HOOG);
        } else if (vorm == Netwerkvorm.LEIDENDE_ORGANISATIE) {
            n.setLeidendeOrganisatie(travers);
            n.setBehoefteNetwerkcompetenties(Mate.MIDDEL);
        }
        if (wantrouwenOnenigheidConcurrentie) {
            n.setVertrouwensdichtheid(Mate.LAAG);
            n.setDoelconsensus(Mate.LAAG);
        }
        return m;
    }

    private static List<String> texts(TestModels m) {
        List<String> texts = new ArrayList<>(m.findings().stream().map(Finding::text).toList());
        texts.sort(null);
        return texts;
    }

    @ParameterizedTest
    @EnumSource(value = Netwerkvorm.class, names = { "ONBEKEND", "LEIDENDE_ORGANISATIE" })
    void distrustDisagreementAndCompetitionAreFlaggedByNoRule(Netwerkvorm vorm) {
        TestModels wantrouwen = scenario(vorm, true);
        assertEquals(texts(scenario(vorm, false)), texts(wantrouwen));
        List<Finding> ours = wantrouwen.findings().stream()
                .filter(f -> f.ruleId().matches("(NET|BG|PLT)-\\d+")).toList();
        assertTrue(ours.isEmpty(), ours.toString());
    }

    /**
     * Only NET-13 (EXT, Provan & Kenis) speaks, and only of the form: shared governance asks high trust and
     * consensus, a NAO moderate trust and moderately high consensus (SPEC NET-13). It judges the form's fit,
     * never the network for its members' distrust or competition.
     */
    @ParameterizedTest
    @EnumSource(value = Netwerkvorm.class, names = { "GEDEELD", "NAO" })
    void net13JudgesTheFormNotTheNetwork(Netwerkvorm vorm) {
        List<String> extra = new ArrayList<>(texts(scenario(vorm, true)));
        extra.removeAll(texts(scenario(vorm, false)));
        assertEquals(1, extra.size(), extra.toString());
        assertTrue(extra.get(0).startsWith("[NET-13] De vorm " + (vorm == Netwerkvorm.NAO ? "NAO" : "gedeeld")
                + " past volgens Provan & Kenis niet bij"), extra.get(0));
    }

    @Test
    void net6IsNoRule() {
        assertTrue(Rules.all().stream().noneMatch(r -> r.info().id().equals("NET-6")));
    }
}

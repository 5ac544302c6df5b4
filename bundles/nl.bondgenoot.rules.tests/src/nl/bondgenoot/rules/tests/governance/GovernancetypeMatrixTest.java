package nl.bondgenoot.rules.tests.governance;

import static nl.bondgenoot.rules.tests.governance.GovModels.afdeling;
import static nl.bondgenoot.rules.tests.governance.GovModels.only;
import static nl.bondgenoot.rules.tests.governance.GovModels.participatie;
import static nl.bondgenoot.rules.tests.governance.GovModels.typeer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Kennisbron;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerktype;
import nl.bondgenoot.model.Scenario;
import nl.bondgenoot.model.GemeenterolSoort;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

/** GOV-2 .. GOV-6: a network that declares a governancetype against the matrix of S3:697-762. */
class GovernancetypeMatrixTest {

    private static final Map<Governancetype, String> RULE = Map.of(Governancetype.INTEGRALE_BELEIDSSTURING, "GOV-2",
            Governancetype.EXPERTSTURING, "GOV-3", Governancetype.NETWERK_KETENSTURING, "GOV-4",
            Governancetype.FRONTLIJNSTURING, "GOV-5", Governancetype.VRAAGSTURING, "GOV-6");

    private final TestModels t = new TestModels();
    private final Actor gemeente = t.gemeente("Gemeente Sittard-Geleen");

    /** A network that has everything the seeds describe for this governancetype. */
    private Netwerk volgensBoekje(Governancetype type) {
        Netwerk n = t.netwerk(type.getName());
        typeer(n, type, false);
        switch (type) {
        case INTEGRALE_BELEIDSSTURING -> {
            n.getLeden().addAll(List.of(gemeente, afdeling(t, gemeente, "Afdeling Wmo"),
                    afdeling(t, gemeente, "Afdeling Werk en Inkomen")));
            set(n, Scenario.GEMEENTE, GemeenterolSoort.DIRIGENT_REGELAAR, Kennisbron.GEMEENTELIJKE_AFDELINGEN,
                    Netwerktype.BELEIDSVORMING, Burgerparticipatie.ADVISEREN);
        }
        case EXPERTSTURING -> {
            n.getLeden().addAll(List.of(gemeente, t.organisatie("Thuiszorg")));
            set(n, Scenario.GEMEENTE, GemeenterolSoort.DIRIGENT_REGELAAR, Kennisbron.EXPERTS, Netwerktype.DIENSTVERLENING,
                    Burgerparticipatie.GEINFORMEERD);
        }
        case NETWERK_KETENSTURING -> {
            n.getLeden().addAll(List.of(gemeente, t.organisatie("MEE"), t.organisatie("WIJZ")));
            set(n, Scenario.GEMEENTE, GemeenterolSoort.REGISSEUR, Kennisbron.PROFESSIONALS, Netwerktype.DIENSTVERLENING,
                    Burgerparticipatie.GERAADPLEEGD);
        }
        case FRONTLIJNSTURING -> {
            Actor bewoners = t.burger("Bewonersgroep");
            n.getLeden().addAll(List.of(gemeente, t.organisatie("Zorgaanbieder"), bewoners));
            set(n, Scenario.CIVIL_SOCIETY, GemeenterolSoort.ONDERHANDELAAR, Kennisbron.PROFESSIONALS_EN_BURGERS,
                    Netwerktype.GOVERNANCE, Burgerparticipatie.COPRODUCTIE_MEEBESLISSEN);
            GovModels.gemeenterol(n, GemeenterolSoort.REGISSEUR);
            n.setKadersGemeente("Kaderstellend opdrachtgever, deels financier (S4:777-779)");
            t.relatie(bewoners, gemeente, SturingsrelatieSoort.VERANTWOORDING);
        }
        case VRAAGSTURING -> {
            n.getLeden().addAll(List.of(gemeente, t.organisatie("Travers"), t.burger("Buurtbewoners")));
            set(n, Scenario.INDIVIDUELE_BURGER, GemeenterolSoort.BEMIDDELAAR, Kennisbron.ERVARINGSKENNIS,
                    Netwerktype.GOVERNANCE, Burgerparticipatie.ZELFBESTUUR);
        }
        }
        return n;
    }

    private static void set(Netwerk n, Scenario s, GemeenterolSoort rol, Kennisbron k, Netwerktype type,
            Burgerparticipatie p) {
        n.setScenario(s);
        GovModels.gemeenterol(n, rol);
        n.setKennisbron(k);
        n.setNetwerktype(type);
        participatie(n, p);
    }

    private List<Finding> matrixFindings() {
        return t.findings().stream().filter(f -> RULE.containsValue(f.ruleId())).toList();
    }

    @Test
    void everyGovernancetypeFitsItsOwnProfile() {
        for (Governancetype type : Governancetype.values()) {
            volgensBoekje(type);
        }
        assertTrue(matrixFindings().isEmpty(), () -> matrixFindings().toString());
    }

    @Test
    void vraagsturingPutsTheIndividualBurgerCentral() {
        Netwerk n = volgensBoekje(Governancetype.VRAAGSTURING);
        n.setScenario(Scenario.GEMEENTE);
        Finding f = only(t.findings("GOV-6"), n, "het scenario is gemeente; bij vraagsturing hoort het scenario"
                + " individuele burger");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("zet het scenario op individuele burger", f.quickFixHint());
    }

    @Test
    void netwerksturingIsRegisseurOrRegelaar() {
        Netwerk n = volgensBoekje(Governancetype.NETWERK_KETENSTURING);
        n.getGemeenterollen().get(0).setSoort(GemeenterolSoort.DIRIGENT_REGELAAR); // S4:713-719 says regelaar
        assertTrue(t.findings("GOV-4").isEmpty());
        n.getGemeenterollen().get(0).setSoort(GemeenterolSoort.BEMIDDELAAR);
        only(t.findings("GOV-4"), n, "de sturingsrol van de gemeente is bemiddelaar; bij netwerk- en ketensturing"
                + " hoort de sturingsrol regisseur of dirigent / regelaar");
    }

    @Test
    void netwerksturingIsAServiceNetworkOfProfessionals() {
        Netwerk n = volgensBoekje(Governancetype.NETWERK_KETENSTURING);
        n.setNetwerktype(Netwerktype.BELEIDSVORMING);
        n.setKennisbron(Kennisbron.EXPERTS);
        List<Finding> findings = t.findings("GOV-4");
        assertEquals(2, findings.size(), findings::toString);
        assertTrue(findings.get(0).message().contains("de kennisbron is experts; bij netwerk- en ketensturing hoort"
                + " de kennisbron professionals"), findings.get(0)::text);
        assertTrue(findings.get(1).message().contains("het netwerktype is beleidsvorming"), findings.get(1)::text);
    }

    @Test
    void expertsturingInformsBurgersAtMost() {
        Netwerk n = volgensBoekje(Governancetype.EXPERTSTURING);
        n.getParticipatie().setNiveau(Burgerparticipatie.ADVISEREN);
        only(t.findings("GOV-3"), n, "de burgerparticipatie is adviseren; bij expertsturing hoort burgerparticipatie"
                + " geïnformeerd");
    }

    @Test
    void expertsturingReliesOnExpertKnowledgeOfPartners() {
        Netwerk n = volgensBoekje(Governancetype.EXPERTSTURING);
        n.setKennisbron(Kennisbron.GEMEENTELIJKE_AFDELINGEN);
        only(t.findings("GOV-3"), n, "de kennisbron is gemeentelijke afdelingen");
        n.setKennisbron(Kennisbron.EXPERTS);
        n.getLeden().removeIf(a -> a.getCategorie() == ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE);
        only(t.findings("GOV-3"), n, "geen van de leden is maatschappelijke organisatie of marktpartij");
    }

    @Test
    void integraleBeleidssturingIsOnlyMunicipalDepartments() {
        Netwerk n = volgensBoekje(Governancetype.INTEGRALE_BELEIDSSTURING);
        n.getLeden().add(t.organisatie("Travers"));
        only(t.findings("GOV-2"), n, "Actor 'Travers' is geen gemeente(lijke afdeling)");
    }

    @Test
    void integraleBeleidssturingLetsBurgersAdvise() {
        Netwerk n = volgensBoekje(Governancetype.INTEGRALE_BELEIDSSTURING);
        n.getGemeenterollen().get(0).setSoort(GemeenterolSoort.ONDERHANDELAAR);
        n.getParticipatie().setNiveau(Burgerparticipatie.GERAADPLEEGD);
        List<Finding> findings = t.findings("GOV-2");
        assertEquals(2, findings.size(), findings::toString);
        assertTrue(findings.get(1).message().endsWith("bij integrale beleidssturing hoort burgerparticipatie"
                + " adviseren"), findings.get(1)::text);
    }

    @Test
    void frontlijnsturingNeedsBurgersAndProfessionals() {
        Netwerk n = volgensBoekje(Governancetype.FRONTLIJNSTURING);
        n.getLeden().removeIf(a -> a.getCategorie() == ActorCategorie.BURGER);
        List<Finding> findings = t.findings("GOV-5");
        // without burgers there is also no verantwoording by burgers in the network
        assertEquals(2, findings.size(), findings::toString);
        assertTrue(findings.get(0).message().contains("geen van de leden is burger, cliëntorganisatie of"
                + " vertegenwoordigend orgaan"), findings.get(0)::text);
    }

    @Test
    void frontlijnsturingWorksWithinKadersOfTheGemeente() {
        Netwerk n = volgensBoekje(Governancetype.FRONTLIJNSTURING);
        n.setKadersGemeente(" ");
        Finding f = only(t.findings("GOV-5"), n, "de gemeente heeft geen kaders gesteld");
        assertEquals("beschrijf de kaders van de gemeente", f.quickFixHint());
    }

    @Test
    void inFrontlijnsturingBurgersAccountToTheGemeente() {
        Netwerk n = volgensBoekje(Governancetype.FRONTLIJNSTURING);
        t.model.getSturingsrelaties().clear();
        only(t.findings("GOV-5"), n, "geen verantwoordingsrelatie van burgers in het netwerk naar de gemeente");
    }

    @Test
    void frontlijnsturingHasTheGemeenteNegotiate() {
        Netwerk n = volgensBoekje(Governancetype.FRONTLIJNSTURING);
        n.getGemeenterollen().removeIf(r -> r.getSoort() == GemeenterolSoort.ONDERHANDELAAR);
        only(t.findings("GOV-5"), n, "de sturingsrol van de gemeente is regisseur; bij frontlijnsturing hoort de"
                + " sturingsrol onderhandelaar");
    }

    @Test
    void whatTheNetworkLeavesOpenIsNotChecked() {
        Netwerk n = t.netwerk("Wijkteam", t.gemeente("Gemeente Hengelo"), t.organisatie("Welzijn"));
        typeer(n, Governancetype.NETWERK_KETENSTURING, false);
        assertTrue(matrixFindings().isEmpty(), () -> matrixFindings().toString());
    }

    @Test
    void aNetworkWithoutGovernancetypeIsNotChecked() {
        Netwerk n = volgensBoekje(Governancetype.FRONTLIJNSTURING);
        n.getGovernancetypen().clear();
        n.setScenario(Scenario.GEMEENTE);
        assertTrue(matrixFindings().isEmpty());
    }

    @Test
    void onlyTheDominantOfMixedTypesIsChecked() {
        Netwerk n = volgensBoekje(Governancetype.NETWERK_KETENSTURING);
        n.getGovernancetypen().get(0).setDominant(true);
        typeer(n, Governancetype.FRONTLIJNSTURING, false); // "met soms elementen van frontlijnsturing" (S3:3200)
        assertTrue(matrixFindings().isEmpty(), () -> matrixFindings().toString());
    }

    @Test
    void mixedTypesWithoutDominantAreEachCheckedAndTheHintSaysSo() {
        Netwerk n = volgensBoekje(Governancetype.NETWERK_KETENSTURING);
        typeer(n, Governancetype.VRAAGSTURING, false);
        assertTrue(t.findings("GOV-4").isEmpty());
        List<Finding> findings = t.findings("GOV-6");
        assertEquals(4, findings.size(), findings::toString); // scenario, rol, kennisbron, burgers
        assertTrue(findings.stream().allMatch(f -> f.element() == n && f.quickFixHint().endsWith(
                "of markeer het governancetype dat het netwerk kenmerkt als dominant")), findings::toString);
    }
}

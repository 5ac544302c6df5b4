package nl.bondgenoot.agenda.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Afspraakinhoud;
import nl.bondgenoot.model.Baken;
import nl.bondgenoot.model.Coalitie;
import nl.bondgenoot.model.Doelsoort;
import nl.bondgenoot.model.Domeinafbakening;
import nl.bondgenoot.model.Effect;
import nl.bondgenoot.model.Gebiedsniveau;
import nl.bondgenoot.model.Gemeentemodel;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Indicator;
import nl.bondgenoot.model.IndicatorSoort;
import nl.bondgenoot.model.Instellingstrategie;
import nl.bondgenoot.model.Kapitaalgoed;
import nl.bondgenoot.model.KapitaalgoedSoort;
import nl.bondgenoot.model.LokaleOpgave;
import nl.bondgenoot.model.MaatschappelijkeAgenda;
import nl.bondgenoot.model.Niveau;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Opdrachtvorm;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.OpgaveSoort;
import nl.bondgenoot.model.Probleemstatus;
import nl.bondgenoot.model.RekenschapSoort;
import nl.bondgenoot.model.ResultaatSoort;
import nl.bondgenoot.model.Terugkoppeling;
import nl.bondgenoot.model.Uitvoeringsagenda;
import nl.bondgenoot.model.Vraagstuk;

/**
 * Every property of every element of the agenda grammar, written as an advisor would, ends up in the
 * right place of the governance metamodel, with names of actors and networks linked to the model file.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AgendaInjectorProvider.class)
class AgendaParserTest {

    @Inject
    private AgendaParser agendas;

    private static List<String> names(List<? extends nl.bondgenoot.model.Element> elements) {
        return elements.stream().map(nl.bondgenoot.model.Element::getNaam).toList();
    }

    @Test
    void anEmptyFileIsAnEmptyGovernancemodel() throws Exception {
        Governancemodel model = agendas.parse("// nog niets\n");
        assertNull(model.getMaatschappelijkeAgenda());
        assertNull(model.getVeranderagenda());
        assertTrue(model.getUitvoeringsagendas().isEmpty());
    }

    @Test
    void theMaatschappelijkeAgendaCarriesEveryProperty() throws Exception {
        MaatschappelijkeAgenda ma = agendas.parse("""
                maatschappelijke agenda "Zelfredzaam in de wijk"
                  niveau wijk
                  domeinafbakening breed
                  proceseigenaar Gemeente
                  vastgesteld door Gemeenteraad
                  opgesteld met Inwoners, "Wmo-raad", MEE
                  visie "Inwoners redden zich zelf."
                """).getMaatschappelijkeAgenda();
        assertEquals("Zelfredzaam in de wijk", ma.getNaam());
        assertEquals(Gebiedsniveau.WIJK, ma.getNiveau());
        assertEquals(Domeinafbakening.BREED, ma.getDomeinafbakening());
        assertEquals("Gemeente", ma.getProcesEigenaar().getNaam());
        assertEquals("Gemeenteraad", ma.getVastgesteldDoor().getNaam());
        assertEquals(List.of("Inwoners", "Wmo-raad", "MEE"), names(ma.getOpgesteldMet()));
        assertEquals("Inwoners redden zich zelf.", ma.getVisie());
        assertTrue(ma.getEffecten().isEmpty());
    }

    @Test
    void theActorsOfTheAgendaAreTheModelFilesOwnObjects() throws Exception {
        MaatschappelijkeAgenda ma = agendas.parse("maatschappelijke agenda A proceseigenaar Gemeente vastgesteld door Gemeente\n")
                .getMaatschappelijkeAgenda();
        Actor gemeente = ma.getProcesEigenaar();
        assertFalse(gemeente.eIsProxy());
        assertSame(gemeente, ma.getVastgesteldDoor());
        assertEquals("partijen.bondgenoot", gemeente.eResource().getURI().lastSegment());
    }

    @Test
    void anEffectAndItsIndicatorsCarryEveryProperty() throws Exception {
        Effect effect = agendas.parse("""
                maatschappelijke agenda A
                  effect Zelfredzaamheid "De zelfredzaamheid is toegenomen"
                    soort outcome
                    gebiedsniveau dorp
                    doelgroep "ouderen"
                    indicator "aandeel op niveau 3" soort outcome nulmeting 62% doel 70% smart netwerkdoel "meedoen"
                    indicator Gesprekken
                  effect Kaal
                """).getMaatschappelijkeAgenda().getEffecten().get(0);
        assertEquals("Zelfredzaamheid", effect.getNaam());
        assertEquals("De zelfredzaamheid is toegenomen", effect.getBeschrijving());
        assertEquals(Doelsoort.OUTCOME, effect.getSoort());
        assertEquals(Gebiedsniveau.DORP, effect.getGebiedsniveau());
        assertEquals("ouderen", effect.getDoelgroep());
        Indicator full = effect.getIndicatoren().get(0);
        assertEquals("aandeel op niveau 3", full.getNaam());
        assertEquals(IndicatorSoort.OUTCOME, full.getSoort());
        assertEquals("62%", full.getNulmeting());
        assertEquals("70%", full.getStreefwaarde());
        assertTrue(full.isSmart());
        assertEquals("meedoen", full.getNetwerkdoel());
        Indicator bare = effect.getIndicatoren().get(1);
        assertEquals("Gesprekken", bare.getNaam());
        assertNull(bare.getNulmeting());
        assertFalse(bare.isSmart());
    }

    @Test
    void anOpgaveCarriesEveryProperty() throws Exception {
        Governancemodel model = agendas.parse("""
                maatschappelijke agenda A
                  effect E1
                  effect E2
                veranderagenda "Wat we gaan doen"
                  opgave Gezinnen "hulp aan multiprobleemgezinnen"
                    soort procesmatig
                    vraagstuk meervoudig
                    aard en omvang "veel leefgebieden"
                    domeinoverschrijdend
                    probleem omstreden
                    krachtenveld "veel partijen"
                    volgt uit E1, E2
                    transformatie visievorming, nieuwe-werkwijze
                    bakens eigen-kracht, integraal-werken
                """);
        assertEquals("Wat we gaan doen", model.getVeranderagenda().getNaam());
        Opgave opgave = model.getVeranderagenda().getOpgaven().get(0);
        assertEquals("Gezinnen", opgave.getNaam());
        assertEquals("hulp aan multiprobleemgezinnen", opgave.getBeschrijving());
        assertEquals(OpgaveSoort.PROCESMATIG, opgave.getSoort());
        assertEquals(Vraagstuk.MEERVOUDIG, opgave.getVraagstuk());
        assertEquals("veel leefgebieden", opgave.getAardEnOmvang());
        assertTrue(opgave.isDomeinoverschrijdend());
        assertEquals(Probleemstatus.OMSTREDEN, opgave.getProbleem());
        assertEquals("veel partijen", opgave.getKrachtenveld());
        assertEquals(model.getMaatschappelijkeAgenda().getEffecten(), opgave.getVolgtUit());
        assertEquals(List.of(LokaleOpgave.VISIEVORMING, LokaleOpgave.NIEUWE_WERKWIJZE), opgave.getTransformatieaspecten());
        assertEquals(List.of(Baken.EIGEN_KRACHT_VAN_DE_BURGER, Baken.INTEGRAAL_WERKEN), opgave.getBakens());
        assertNull(opgave.getCoalitie());
        assertTrue(opgave.getKapitaalgoederen().isEmpty() && opgave.getOpdrachtrelaties().isEmpty());
    }

    @Test
    void kapitaalgoederenAndTheCoalitieWithAndWithoutTheirOptionalParts() throws Exception {
        Opgave opgave = agendas.parse("""
                veranderagenda
                  opgave Gezinnen
                    kapitaalgoed geld van Gemeente "budget"
                    kapitaalgoed tijd
                    kapitaalgoed expertise "diagnostiek"
                    kapitaalgoed netwerk van Welzijnsinstelling
                    coalitie in netwerk "Netwerk Welzijn Versterkt"
                      lid Wijkteam toegevoegde waarde "één plan"
                      lid MEE
                """).getVeranderagenda().getOpgaven().get(0);
        List<Kapitaalgoed> goederen = opgave.getKapitaalgoederen();
        assertEquals(List.of(KapitaalgoedSoort.GELD, KapitaalgoedSoort.TIJD, KapitaalgoedSoort.EXPERTISE,
                KapitaalgoedSoort.NETWERK), goederen.stream().map(Kapitaalgoed::getSoort).toList());
        assertEquals("Gemeente", goederen.get(0).getAanbieder().getNaam());
        assertEquals("budget", goederen.get(0).getOmschrijving());
        assertNull(goederen.get(1).getAanbieder());
        assertNull(goederen.get(1).getOmschrijving());
        assertNull(goederen.get(2).getAanbieder());
        assertEquals("diagnostiek", goederen.get(2).getOmschrijving());
        assertEquals("Welzijnsinstelling", goederen.get(3).getAanbieder().getNaam());
        assertNull(goederen.get(3).getOmschrijving());

        Coalitie coalitie = opgave.getCoalitie();
        assertEquals("Netwerk Welzijn Versterkt", coalitie.getNetwerk().getNaam());
        assertEquals("Wijkteam", coalitie.getLeden().get(0).getActor().getNaam());
        assertEquals("één plan", coalitie.getLeden().get(0).getToegevoegdeWaarde());
        assertEquals("MEE", coalitie.getLeden().get(1).getActor().getNaam());
        assertNull(coalitie.getLeden().get(1).getToegevoegdeWaarde());
    }

    @Test
    void anEmptyCoalitieIsStillACoalitie() throws Exception {
        Opgave opgave = agendas.parse("veranderagenda opgave X coalitie\n").getVeranderagenda().getOpgaven().get(0);
        assertTrue(opgave.getCoalitie() != null && opgave.getCoalitie().getLeden().isEmpty());
        assertNull(opgave.getCoalitie().getNetwerk());
    }

    @Test
    void anOpdrachtrelatieCarriesTheFourRAndEverythingAroundThem() throws Exception {
        Governancemodel model = agendas.parse("""
                maatschappelijke agenda A
                  effect E1
                  effect E2
                veranderagenda
                  opgave Gezinnen
                    opdrachtrelatie Gezinsaanpak
                      opdrachtgever Gemeente
                      opdrachtnemer Wijkteam, "GGZ-instelling"
                      opdrachtvorm tussenvorm
                      gemeentemodel programmamodel
                      instellingstrategie reactief
                      gemeente-is-partner
                      afspraken over totaalbudget, resultaat, route
                      richting laag "het gezin helpen"
                      ruimte hoog "de professional kiest"
                      resultaat maatschappelijk-effect "minder overlast"
                      rekenschap hoog effect "aantonen" toetsingskader E1, E2
                      rendement "minder escalatie"
                    opdrachtrelatie
                """);
        Opgave opgave = model.getVeranderagenda().getOpgaven().get(0);
        Opdrachtrelatie r = opgave.getOpdrachtrelaties().get(0);
        assertEquals("Gezinsaanpak", r.getNaam());
        assertEquals("Gemeente", r.getOpdrachtgever().getNaam());
        assertEquals(List.of("Wijkteam", "GGZ-instelling"), names(r.getOpdrachtnemers()));
        assertEquals(Opdrachtvorm.TUSSENVORM, r.getOpdrachtvorm());
        assertEquals(Gemeentemodel.PROGRAMMAMODEL, r.getGemeentemodel());
        assertEquals(Instellingstrategie.REACTIEF, r.getInstellingstrategie());
        assertTrue(r.isGemeenteIsPartner());
        assertEquals(List.of(Afspraakinhoud.TOTAALBUDGET, Afspraakinhoud.RESULTAAT, Afspraakinhoud.ROUTE), r.getAfspraken());
        assertEquals(Niveau.LAAG, r.getRichting().getNiveau());
        assertEquals("het gezin helpen", r.getRichting().getTekst());
        assertEquals(Niveau.HOOG, r.getRuimte().getNiveau());
        assertEquals("de professional kiest", r.getRuimte().getTekst());
        assertEquals(ResultaatSoort.MAATSCHAPPELIJK_EFFECT, r.getResultaat().getSoort());
        assertEquals("minder overlast", r.getResultaat().getTekst());
        assertEquals(Niveau.HOOG, r.getRekenschap().getNiveau());
        assertEquals(RekenschapSoort.EFFECT, r.getRekenschap().getSoort());
        assertEquals("aantonen", r.getRekenschap().getTekst());
        assertEquals(model.getMaatschappelijkeAgenda().getEffecten(), r.getRekenschap().getToetsingskader());
        assertEquals("minder escalatie", r.getRendement());

        Opdrachtrelatie bare = opgave.getOpdrachtrelaties().get(1);
        assertNull(bare.getNaam());
        assertNull(bare.getRichting());
        assertFalse(bare.isGemeenteIsPartner());
        assertEquals(Opdrachtvorm.ONBEKEND, bare.getOpdrachtvorm());
    }

    @Test
    void eachRCanBeALevelAKindOrATextAlone() throws Exception {
        Opdrachtrelatie r = agendas.parse("""
                veranderagenda opgave X opdrachtrelatie R
                  richting "alleen tekst"
                  ruimte middel
                  resultaat product
                  rekenschap prestatie
                """).getVeranderagenda().getOpgaven().get(0).getOpdrachtrelaties().get(0);
        assertEquals(Niveau.ONBEKEND, r.getRichting().getNiveau());
        assertEquals("alleen tekst", r.getRichting().getTekst());
        assertEquals(Niveau.MIDDEL, r.getRuimte().getNiveau());
        assertNull(r.getRuimte().getTekst());
        assertEquals(ResultaatSoort.PRODUCT, r.getResultaat().getSoort());
        assertEquals(Niveau.ONBEKEND, r.getRekenschap().getNiveau());
        assertEquals(RekenschapSoort.PRESTATIE, r.getRekenschap().getSoort());
        assertTrue(r.getRekenschap().getToetsingskader().isEmpty());
    }

    @Test
    void anUitvoeringsagendaCarriesEveryProperty() throws Exception {
        Governancemodel model = agendas.parse("""
                maatschappelijke agenda A
                  effect E1
                veranderagenda
                  opgave Gezinnen
                uitvoeringsagenda "Gezinsaanpak in de wijk" "één gezin, één plan"
                  voor opgave Gezinnen
                  effect E1
                  activiteiten "signalen bundelen", "casusoverleg"
                  aanbod "hulp aan huis"
                  kosten "het budget"
                  competenties "generalist"
                  effectcheck "halfjaarlijks"
                  verantwoordelijk Wijkteam, MEE
                  terugkoppeling naar veranderagenda, maatschappelijke-agenda
                uitvoeringsagenda Tweede
                """);
        Uitvoeringsagenda u = model.getUitvoeringsagendas().get(0);
        assertEquals("Gezinsaanpak in de wijk", u.getNaam());
        assertEquals("één gezin, één plan", u.getBeschrijving());
        assertSame(model.getVeranderagenda().getOpgaven().get(0), u.getOpgave());
        assertSame(model.getMaatschappelijkeAgenda().getEffecten().get(0), u.getEffect());
        assertEquals(List.of("signalen bundelen", "casusoverleg"), u.getActiviteiten());
        assertEquals("hulp aan huis", u.getAanbod());
        assertEquals("het budget", u.getKosten());
        assertEquals("generalist", u.getCompetenties());
        assertEquals("halfjaarlijks", u.getEffectcheck());
        assertEquals(List.of("Wijkteam", "MEE"), names(u.getVerantwoordelijken()));
        assertEquals(List.of(Terugkoppeling.VERANDERAGENDA, Terugkoppeling.MAATSCHAPPELIJKE_AGENDA), u.getTerugkoppeling());
        assertEquals("Tweede", model.getUitvoeringsagendas().get(1).getNaam());
        assertNull(model.getUitvoeringsagendas().get(1).getOpgave());
    }

    @Test
    void anEffectOrOpgaveOfAnotherAgendaInTheProjectLinks() throws Exception {
        // The other agenda sits in the same resource set, as the project's other agendas do on the command line.
        agendas.set().getResources().removeIf(r -> "agenda".equals(r.getURI().fileExtension()));
        Governancemodel other = agendas.parseWithErrors("maatschappelijke agenda A effect Elders\nveranderagenda opgave Daar\n");
        org.eclipse.emf.ecore.resource.Resource mine = agendas.set().createResource(
                org.eclipse.emf.common.util.URI.createURI("mijn.agenda"));
        mine.load(new org.eclipse.xtext.util.StringInputStream("uitvoeringsagenda U voor opgave Daar effect Elders\n"),
                null);
        org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(mine);
        assertEquals(List.of(), mine.getErrors());
        Uitvoeringsagenda u = ((Governancemodel) mine.getContents().get(0)).getUitvoeringsagendas().get(0);
        assertSame(other.getVeranderagenda().getOpgaven().get(0), u.getOpgave());
        assertSame(other.getMaatschappelijkeAgenda().getEffecten().get(0), u.getEffect());
    }
}

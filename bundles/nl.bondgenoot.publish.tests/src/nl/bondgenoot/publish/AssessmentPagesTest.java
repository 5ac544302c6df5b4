package nl.bondgenoot.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Antwoordstatus;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Indicatoroordeel;
import nl.bondgenoot.model.Kenmerkscore;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Oordeel;
import nl.bondgenoot.model.Respondent;
import nl.bondgenoot.model.instrumenten.Instrumenten;
import nl.bondgenoot.model.instrumenten.Voorstellen;
import nl.bondgenoot.model.persistence.BeoordelingFiles;
import nl.bondgenoot.model.persistence.ModelFiles;

/**
 * Assessments in the publication: a checklist of the OK-team Kamperpoort with two respondents who differ, a
 * proposal taken from the model and a judged indicator; two zelfanalyses a year apart. Their pages show the
 * report with the product's charts, the flag and its guidance, the comparison over time and the rules' findings.
 */
class AssessmentPagesTest {

    static final BondgenootFactory F = BondgenootFactory.eINSTANCE;

    @TempDir
    static Path temp;
    static Path site;
    static Publisher.Result result;

    @BeforeAll
    static void publishAProjectWithAssessments() throws Exception {
        Path project = Files.createDirectories(temp.resolve("project"));
        Path modelFile = Files.copy(PublisherTest.ROOT.resolve("examples/netwerken/ok-team-kamperpoort.bondgenoot"),
                project.resolve("ok-team-kamperpoort.bondgenoot"));
        Governancemodel model = ModelFiles.load(modelFile);
        Netwerk netwerk = model.getNetwerken().get(0);

        Beoordeling checklist = BeoordelingFiles.create(model, netwerk, Instrumenten.CHECKLIST_WMO_PRAKTIJKEN,
                project.resolve("kamperpoort-checklist.beoordeling"));
        checklist.setDatum(BeoordelingFiles.datum(LocalDate.of(2026, 12, 6)));
        Respondent gemeente = respondent(checklist, lid(netwerk, "Gemeente Zwolle"), "projectleider");
        Respondent travers = respondent(checklist, lid(netwerk, "Travers"), "teamleider");
        antwoord(checklist, "A.Q1", gemeente, Antwoordstatus.JA, "De wijk vroeg erom.");
        antwoord(checklist, "A.Q1", travers, Antwoordstatus.NEE, "Het begon bij de herstructurering.");
        antwoord(checklist, "A.Q2", gemeente, Antwoordstatus.JA, null);
        Voorstellen.overnemen(checklist, Voorstellen.voor(checklist, "A.Q4").orElseThrow(), gemeente);
        Indicatoroordeel oordeel = F.createIndicatoroordeel();
        oordeel.setId(ModelFiles.newId());
        oordeel.setIndicatorId("A.I1");
        oordeel.setOordeel(Oordeel.DEELS);
        oordeel.setMotivering("De aanleiding is niet met de wijk besproken.");
        checklist.getIndicatoroordelen().add(oordeel);
        BeoordelingFiles.save(checklist);

        for (int year : List.of(2025, 2026)) {
            Beoordeling zelfanalyse = BeoordelingFiles.create(model, netwerk, Instrumenten.ZELFANALYSE_BONDGENOOTSCHAP,
                    project.resolve("kamperpoort-zelfanalyse-" + year + ".beoordeling"));
            zelfanalyse.setDatum(BeoordelingFiles.datum(LocalDate.of(year, 6, 1)));
            int i = 0;
            for (String kenmerk : List.of("IO.1", "IO.2", "IO.3", "IO.4", "MA.1", "MA.2", "MA.3", "MA.4", "VA.1", "VA.2", "VA.3",
                    "VA.4", "VA.5", "UA.1", "UA.2", "UA.3", "UA.4")) {
                Kenmerkscore score = F.createKenmerkscore();
                score.setId(ModelFiles.newId());
                score.setKenmerkId(kenmerk);
                score.setScore(1 + (i++ + year) % 5);
                zelfanalyse.getScores().add(score);
            }
            BeoordelingFiles.save(zelfanalyse);
        }
        site = temp.resolve("site");
        result = Publisher.publish(project, site, LocalDate.of(2026, 12, 6), null);
    }

    private static Actor lid(Netwerk netwerk, String naam) {
        return netwerk.getLeden().stream().filter(a -> naam.equals(a.getNaam())).findFirst().orElseThrow();
    }

    private static Respondent respondent(Beoordeling b, Actor actor, String rol) {
        Respondent r = F.createRespondent();
        r.setId(ModelFiles.newId());
        r.setActor(actor);
        r.setRol(rol);
        b.getRespondenten().add(r);
        return r;
    }

    private static void antwoord(Beoordeling b, String vraag, Respondent r, Antwoordstatus status, String toelichting) {
        Antwoord a = F.createAntwoord();
        a.setId(ModelFiles.newId());
        a.setVraagId(vraag);
        a.setRespondent(r);
        a.setStatus(status);
        a.setToelichting(toelichting);
        b.getAntwoorden().add(a);
    }

    private static String page(String path) throws Exception {
        return Files.readString(site.resolve(path));
    }

    @Test
    void theOverviewCountsAndListsTheAssessments() throws Exception {
        assertEquals(3, result.assessments());
        String overview = page("index.html");
        assertTrue(overview.contains("<strong>3</strong> beoordelingen"), overview);
        assertTrue(overview.contains("beoordelingen/kamperpoort-checklist/index.html"), overview);
    }

    @Test
    void aChecklistShowsItsIndicatorChartTheFlagTheGuidanceAndTheRespondentsDifferences() throws Exception {
        String checklist = page("beoordelingen/kamperpoort-checklist/index.html");
        assertTrue(checklist.contains("<h1>Checklist Wmo-praktijken, OK-team Kamperpoort, 6 december 2026</h1>"), checklist);
        assertTrue(checklist.contains("<figure class=\"grafiek indicatoroverzicht\">\n<svg"), "the product's indicator overview");
        assertTrue(checklist.contains("<span class=\"extra-aandacht\">extra aandacht</span>"), "A.I1 is DEELS");
        assertTrue(checklist.contains("De aanleiding is niet met de wijk besproken."));
        assertTrue(checklist.contains("respondenten verschillen"), "A.Q1: JA and NEE");
        assertTrue(checklist.contains("<blockquote class=\"richtlijn\">"), "the guidance of A.I1's questions");
        assertTrue(checklist.contains("Bron: S4:"), "the guidance's source");
        assertTrue(java.util.regex.Pattern.compile("<a href=\"../../modellen/ok-team-kamperpoort/e-actor-gemeente-zwolle.html\">Gemeente Zwolle"
                + " \\([^)]*\\)</a> \\(projectleider\\)").matcher(checklist).find(), "respondents link to their actor's page");
        assertTrue(checklist.contains("Voorstel uit het model"), "the model's proposals with their origin");
        assertTrue(checklist.contains("regels.html#regel-beo-1"), "the assessment rules' findings: " + checklist);
    }

    @Test
    void aZelfanalyseShowsItsRadarAndTheEarlierOneCompared() throws Exception {
        String later = page("beoordelingen/kamperpoort-zelfanalyse-2026/index.html");
        assertTrue(later.contains("<figure class=\"grafiek radar\">\n<svg"), "the radar");
        assertTrue(later.contains("<h2>Vergeleken met de vorige beoordeling</h2>"), later);
        assertTrue(later.contains("<figure class=\"grafiek radar vergelijking\">\n<svg"), "both dates in one radar");
        String earlier = page("beoordelingen/kamperpoort-zelfanalyse-2025/index.html");
        assertTrue(!earlier.contains("Vergeleken met de vorige beoordeling"), "the first one has nothing to compare with");
    }
}

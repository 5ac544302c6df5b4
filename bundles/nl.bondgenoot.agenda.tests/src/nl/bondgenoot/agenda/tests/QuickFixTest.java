package nl.bondgenoot.agenda.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.agenda.validation.AgendaIssueCodes;

/**
 * Every quick fix, applied through the LSP code-action service, leaves an agenda that parses and
 * links without errors and no longer has the finding it fixes; labels are Dutch and say what is written.
 */
class QuickFixTest {

    private static final String AGENDA = """
            maatschappelijke agenda "Kamperpoort"
            $EIGENAAR
              visie "Iedereen doet mee."

              effect Zelfredzaamheid "Meer inwoners zijn zelfredzaam"
                soort outcome

            veranderagenda
              opgave Gezinnen $BESCHRIJVING
                vraagstuk $VRAAGSTUK
                opdrachtrelatie Wijkaanpak
                  opdrachtgever $OPDRACHTGEVER
                  opdrachtnemer Travers, "De Kern"
            $RELATIE
            """;

    private static final String EIGENAAR = "  proceseigenaar \"Gemeente Zwolle\"\n  vastgesteld door \"Gemeente Zwolle\"";

    @TempDir
    Path project;

    private String agenda(String vraagstuk, String relatie) {
        return AGENDA.replace("$EIGENAAR", EIGENAAR).replace("$BESCHRIJVING", "\"Gezinnen komen weer op eigen benen\"")
                .replace("$VRAAGSTUK", vraagstuk).replace("$OPDRACHTGEVER", "\"Gemeente Zwolle\"")
                .replace("$RELATIE", relatie.strip().indent(6).stripTrailing());
    }

    /** Fixes the finding, and checks each fix: no syntax or link error, and the finding is gone. */
    private List<QuickFixes.Fix> fixesThatWork(String text, String code) throws Exception {
        XtextResource resource = IdeServices.load(project, text);
        assertTrue(resource.getErrors().isEmpty(), () -> "test agenda is broken: " + resource.getErrors());
        List<QuickFixes.Fix> fixes = QuickFixes.fixes(resource, text, code);
        assertFalse(fixes.isEmpty(), "no fix offered for " + code);
        List<String> before = QuickFixes.issues(resource).stream().map(Issue::getCode).toList();
        for (QuickFixes.Fix fix : fixes) {
            XtextResource after = IdeServices.load(project, fix.result());
            assertTrue(after.getErrors().isEmpty(), () -> fix.label() + " breaks the file: " + after.getErrors()
                    + "\n" + fix.result());
            List<Issue> remaining = QuickFixes.issues(after).stream().filter(i -> code.equals(i.getCode())).toList();
            assertTrue(remaining.isEmpty(), () -> fix.label() + " leaves " + remaining + "\n" + fix.result());
            // A repair brings no finding the text did not have (the 4R-1 fix once left 4R-14 behind).
            List<Issue> added = QuickFixes.issues(after).stream().filter(i -> !before.contains(i.getCode())).toList();
            assertTrue(added.isEmpty(), () -> fix.label() + " brings new findings " + added + "\n" + fix.result());
        }
        return fixes;
    }

    @Test
    void fourR3SetsRekenschapHighWhenRuimteIsHigh() throws Exception {
        List<QuickFixes.Fix> fixes = fixesThatWork(agenda("meervoudig", """
                richting laag "gezinnen helpen"
                ruimte hoog
                resultaat maatschappelijk-effect
                rekenschap middel effect
                """), "4R-3");
        assertEquals("Zet rekenschap op hoog", fixes.get(0).label());
        assertTrue(fixes.get(0).result().contains("      rekenschap hoog effect\n"), fixes.get(0).result());
    }

    @Test
    void fourR2LowersRichtingOrRuimte() throws Exception {
        List<QuickFixes.Fix> fixes = fixesThatWork(agenda("meervoudig", """
                richting hoog "gezinnen helpen"
                ruimte hoog
                rekenschap hoog
                """), "4R-2");
        assertTrue(fixes.stream().allMatch(f -> f.label().matches("Zet (richting|ruimte) op (middel|laag)")),
                fixes.toString());
    }

    @Test
    void fourR4SetsTheEnkelvoudigProfile() throws Exception {
        List<QuickFixes.Fix> fixes = fixesThatWork(agenda("enkelvoudig", """
                richting laag "schone huizen"
                ruimte hoog
                resultaat product
                rekenschap prestatie
                """), "4R-4");
        assertEquals("Zet richting op hoog en zet ruimte op laag", fixes.get(0).label());
        assertTrue(fixes.get(0).result().contains("richting hoog \"schone huizen\"\n      ruimte laag\n"),
                fixes.get(0).result());
    }

    @Test
    void fourR5SetsTheMeervoudigProfile() throws Exception {
        List<QuickFixes.Fix> fixes = fixesThatWork(agenda("meervoudig", """
                richting laag "gezinnen helpen"
                ruimte hoog
                resultaat product
                rekenschap hoog effect
                """), "4R-5");
        assertEquals("Zet resultaat op maatschappelijk effect", fixes.get(0).label());
        assertTrue(fixes.get(0).result().contains("resultaat maatschappelijk-effect\n"), fixes.get(0).result());
    }

    @Test
    void fourR9SetsTheSamenspelOfAnEnkelvoudigVraagstuk() throws Exception {
        List<QuickFixes.Fix> fixes = fixesThatWork(agenda("enkelvoudig", """
                gemeentemodel ontwikkelmodel
                instellingstrategie initiërend
                opdrachtvorm via-bestek
                """), "4R-9");
        String result = fixes.get(0).result();
        assertTrue(result.contains("gemeentemodel interventiemodel") && result.contains("instellingstrategie volgend"),
                result);
    }

    @Test
    void fourR10AddsOntwikkelmodelAndTheGemeenteAsPartner() throws Exception {
        List<QuickFixes.Fix> fixes = fixesThatWork(agenda("meervoudig", """
                gemeentemodel interventiemodel
                """), "4R-10");
        assertEquals("Zet gemeentemodel op ontwikkelmodel en maak de gemeente partner", fixes.get(0).label());
        assertTrue(fixes.get(0).result().contains("      gemeentemodel ontwikkelmodel\n      gemeente-is-partner\n"),
                fixes.get(0).result());
    }

    @Test
    void fourR10WithOneOpdrachtnemerOffersNothingItCannotRepair() throws Exception {
        String text = agenda("meervoudig", "gemeentemodel ontwikkelmodel\ngemeente-is-partner")
                .replace("opdrachtnemer Travers, \"De Kern\"", "opdrachtnemer Travers");
        XtextResource resource = IdeServices.load(project, text);
        assertTrue(QuickFixes.fixes(resource, text, "4R-10").isEmpty(), "a coalitie cannot be made up by a fix");
    }

    @Test
    void fourR1AddsTheMissingRsWithTheOpgavesDescriptionAsRichting() throws Exception {
        List<QuickFixes.Fix> fixes = fixesThatWork(agenda("meervoudig", """
                richting laag
                """), "4R-1");
        String result = fixes.get(0).result();
        assertTrue(result.contains("richting laag \"Gezinnen komen weer op eigen benen\""), result);
        assertTrue(result.contains("      ruimte ") && result.contains("      resultaat ")
                && result.contains("      rekenschap "), result);
        assertTrue(fixes.get(0).label().startsWith("Vul de ontbrekende R's in: richting uit de beschrijving"),
                fixes.get(0).label());
    }

    @Test
    void fourR1WritesTheRekenschapWithTheEffectsItIsJudgedAgainst() throws Exception {
        String text = agenda("meervoudig", "richting laag").replace("vraagstuk meervoudig",
                "vraagstuk meervoudig\n    volgt uit Zelfredzaamheid");
        List<QuickFixes.Fix> fixes = fixesThatWork(text, "4R-1");
        assertTrue(fixes.get(0).result().contains(" toetsingskader Zelfredzaamheid\n"), fixes.get(0).result());
        assertTrue(fixes.get(0).label().endsWith(", toetsingskader Zelfredzaamheid"), fixes.get(0).label());
    }

    @Test
    void aFixInsertsItsLinesAfterTheCommentOfThePreviousLine() throws Exception {
        String text = agenda("meervoudig", "richting laag // uit de raadsbrief");
        List<QuickFixes.Fix> fixes = fixesThatWork(text, "4R-1");
        String result = fixes.get(0).result();
        assertTrue(result.contains("      richting laag \"Gezinnen komen weer op eigen benen\" // uit de raadsbrief\n      ruimte "),
                result);
    }

    @Test
    void fourR1WithoutAnyDescriptionOffersNoMadeUpRichting() throws Exception {
        String text = agenda("meervoudig", "ruimte hoog").replace("\"Gezinnen komen weer op eigen benen\"", "");
        XtextResource resource = IdeServices.load(project, text);
        assertTrue(QuickFixes.fixes(resource, text, "4R-1").isEmpty());
    }

    @Test
    void ag9PutsOwnerAndAdoptionWithAnActorOfTheProject() throws Exception {
        String text = AGENDA.replace("$EIGENAAR\n", "").replace("$BESCHRIJVING", "").replace("$VRAAGSTUK", "meervoudig")
                .replace("$OPDRACHTGEVER", "\"Gemeente Zwolle\"").replace("$RELATIE", "");
        List<QuickFixes.Fix> fixes = fixesThatWork(text, "AG-9");
        assertTrue(fixes.size() <= 3, "a few actors, not all of the project: " + fixes);
        QuickFixes.Fix gemeente = fixes.stream()
                .filter(f -> f.label().equals("Leg proceseigenaar en vaststelling bij Gemeente Zwolle")).findFirst()
                .orElseThrow(() -> new AssertionError("the government actor is offered: " + fixes));
        assertTrue(gemeente.result().startsWith("maatschappelijke agenda \"Kamperpoort\"\n"
                + "  proceseigenaar \"Gemeente Zwolle\"\n  vastgesteld door \"Gemeente Zwolle\"\n"), gemeente.result());
    }

    @Test
    void anUnknownActorGetsTheClosestNamesOfTheModelFile() throws Exception {
        String text = agenda("meervoudig", "").replace("opdrachtgever \"Gemeente Zwolle\"", "opdrachtgever \"Gemeente Zwol\"");
        XtextResource resource = IdeServices.load(project, text);
        List<QuickFixes.Fix> fixes = QuickFixes.fixes(resource, text, AgendaIssueCodes.KOPPELING);
        assertEquals("Bedoelde u 'Gemeente Zwolle'?", fixes.get(0).label());
        XtextResource after = IdeServices.load(project, fixes.get(0).result());
        assertTrue(after.getErrors().isEmpty(), after.getErrors().toString());
        assertTrue(fixes.get(0).result().contains("opdrachtgever \"Gemeente Zwolle\"\n"), fixes.get(0).result());
    }
}

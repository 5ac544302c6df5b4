package nl.bondgenoot.agenda.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.agenda.AgendaFiles;
import nl.bondgenoot.agenda.validation.AmbiguousNameValidator;
import nl.bondgenoot.model.Effect;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.persistence.ModelLoadException;

/**
 * An agenda names the actors of the project's model files: they link to the model's own objects,
 * and a name the model no longer has (the actor was renamed there) is a clear Dutch error.
 */
class ModelLinkingTest {

    @TempDir
    Path project;

    private static Path example(String name) {
        return Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "skelet", name);
    }

    private Path agenda(String text) throws Exception {
        Files.copy(example("kamperpoort-kern.bondgenoot"), project.resolve("kamperpoort.bondgenoot"));
        return Files.writeString(project.resolve("wijk.agenda"), text);
    }

    @Test
    void actorsOfTheProjectsModelFileLink() throws Exception {
        Governancemodel model = AgendaFiles.load(agenda("""
                maatschappelijke agenda "Kamperpoort"
                  proceseigenaar "Gemeente Zwolle"
                  vastgesteld door "Gemeente Zwolle"
                veranderagenda
                  opgave Gezinnen
                    opdrachtrelatie Wijkaanpak
                      opdrachtgever "Gemeente Zwolle"
                      opdrachtnemer Travers, "De Kern"
                      richting laag "gezinnen helpen"
                """));
        assertEquals("Gemeente Zwolle", model.getMaatschappelijkeAgenda().getProcesEigenaar().getNaam());
        Opdrachtrelatie relatie = model.getVeranderagenda().getOpgaven().get(0).getOpdrachtrelaties().get(0);
        assertEquals(2, relatie.getOpdrachtnemers().size());
        assertFalse(relatie.getOpdrachtgever().eIsProxy());
        assertTrue(relatie.getOpdrachtgever().eResource().getURI().lastSegment().endsWith(".bondgenoot"));
    }

    @Test
    void anOpgaveFollowsFromAnEffectOfTheMaatschappelijkeAgendaInAnotherFile() throws Exception {
        agenda("""
                maatschappelijke agenda "Kamperpoort"
                  effect Zelfredzaamheid "Meer inwoners redden zich zelf"
                """);
        Path veranderagenda = Files.writeString(project.resolve("opgaven.agenda"), """
                veranderagenda
                  opgave Gezinnen
                    volgt uit Zelfredzaamheid
                """);
        Governancemodel model = AgendaFiles.load(veranderagenda);
        Effect effect = model.getVeranderagenda().getOpgaven().get(0).getVolgtUit().get(0);
        assertEquals("Meer inwoners redden zich zelf", effect.getBeschrijving());
        assertEquals("wijk.agenda", effect.eResource().getURI().lastSegment());
    }

    @Test
    void everyProblemIsCountedNotOnlyTheFirst() throws Exception {
        Path file = agenda("""
                maatschappelijke agenda "Kamperpoort"
                  proceseigenaar "Niemand"
                  vastgesteld door "Ook niemand"
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> AgendaFiles.load(file));
        assertTrue(e.getMessage().contains("'Niemand'") && e.getMessage().contains("en nog 1 probleem"), e.getMessage());
    }

    @Test
    void aRenamedActorIsReportedAsAnUnknownActorWithItsLine() throws Exception {
        Path file = agenda("""
                maatschappelijke agenda "Kamperpoort"
                  proceseigenaar "Gemeente Zwol"
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> AgendaFiles.load(file));
        assertTrue(e.getMessage().contains("onbekende actor 'Gemeente Zwol'"), e.getMessage());
        assertEquals(2, e.getLine());
    }

    @Test
    void aNameInTwoModelFilesIsAWarningThatSaysWhichOneIsMeant() throws Exception {
        Files.copy(example("kamperpoort-te-klein.bondgenoot"), project.resolve("concept.bondgenoot"));
        Path file = agenda("""
                maatschappelijke agenda "Kamperpoort"
                  proceseigenaar "Gemeente Zwolle"
                  vastgesteld door "De Kern"
                """);
        Governancemodel model = AgendaFiles.load(file);
        List<Issue> warnings = validator(model).validate(model.eResource(), CheckMode.ALL, CancelIndicator.NullImpl).stream()
                .filter(issue -> AmbiguousNameValidator.AMBIGUOUS_NAME.equals(issue.getCode())).toList();
        assertEquals(1, warnings.size(), warnings.toString()); // De Kern is only in kamperpoort.bondgenoot
        Issue warning = warnings.get(0);
        assertEquals(2, warning.getLineNumber());
        assertTrue(warning.getMessage().contains("'Gemeente Zwolle'") && warning.getMessage().contains("concept.bondgenoot")
                && warning.getMessage().contains("kamperpoort.bondgenoot"), warning.getMessage());
    }

    private static IResourceValidator validator(Governancemodel model) {
        return ((XtextResource) model.eResource()).getResourceServiceProvider().getResourceValidator();
    }

    @Test
    void aSyntaxErrorIsToldInDutchWithLineAndColumn() throws Exception {
        Path file = agenda("""
                maatschappelijke agenda "Kamperpoort"
                  visie
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> AgendaFiles.load(file));
        assertTrue(e.getMessage().contains("kolom"), e.getMessage());
        assertTrue(e.getMessage().contains("een tekst tussen aanhalingstekens"), e.getMessage());
    }
}

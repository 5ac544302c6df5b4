package nl.bondgenoot.agenda.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import nl.bondgenoot.agenda.agenda.AgendaBestand;
import nl.bondgenoot.agenda.agenda.MaatschappelijkeAgenda;
import nl.bondgenoot.agenda.agenda.Veranderagenda;
import nl.bondgenoot.agenda.agenda.Vraagstuk;

/** The generated parser reads the skeleton's example agenda, links opgave to effect, and reports errors by line. */
@ExtendWith(InjectionExtension.class)
@InjectWith(AgendaInjectorProvider.class)
class AgendaSkeletonTest {

    @Inject
    private ParseHelper<AgendaBestand> parser;

    @Inject
    private ValidationTestHelper validation;

    private static Path example(String name) {
        return Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "skelet", name);
    }

    @Test
    void parsesTheExampleAgendaAndLinksTheOpgaveToItsEffect() throws Exception {
        AgendaBestand bestand = parser.parse(Files.readString(example("zelfredzaam.agenda")));
        assertNotNull(bestand);
        validation.assertNoErrors(bestand);

        MaatschappelijkeAgenda ma = assertInstanceOf(MaatschappelijkeAgenda.class, bestand.getAgendas().get(0));
        assertEquals("Zelfredzaam Zwolle", ma.getNaam());
        assertEquals("Gemeenteraad Zwolle", ma.getVastgesteldDoor());
        assertEquals("62%", ma.getEffecten().get(0).getIndicatoren().get(0).getNulmeting());

        Veranderagenda va = assertInstanceOf(Veranderagenda.class, bestand.getAgendas().get(1));
        var opgave = va.getOpgaven().get(0);
        assertEquals(Vraagstuk.MEERVOUDIG, opgave.getVraagstuk());
        assertTrue(opgave.isDomeinoverschrijdend());
        assertSame(ma.getEffecten().get(0), opgave.getEffect());
    }

    @Test
    void aSyntaxErrorIsReportedOnItsLine() throws Exception {
        AgendaBestand bestand = parser.parse("maatschappelijke agenda \"X\"\n  visie \"v\"\n  effect \"zonder naam\"\n");
        List<Resource.Diagnostic> errors = bestand.eResource().getErrors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(3, errors.get(0).getLine());
    }

    @Test
    void anUnknownEffectIsALinkingError() throws Exception {
        AgendaBestand bestand = parser.parse("veranderagenda\n  opgave A enkelvoudig volgt uit Bestaatniet\n");
        List<Issue> issues = validation.validate(bestand);
        assertEquals(1, issues.size(), issues.toString());
        assertTrue(issues.get(0).getMessage().contains("Bestaatniet"), issues.get(0).getMessage());
        assertEquals(2, issues.get(0).getLineNumber());
    }
}

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

import nl.bondgenoot.agenda.validation.AgendaIssueCodes;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.MaatschappelijkeAgenda;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.Veranderagenda;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;

/**
 * The generated parser reads the example agenda into the governance metamodel's own objects, links
 * opgave to effect, reports errors by line, and the one rule engine checks the result.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AgendaInjectorProvider.class)
class AgendaSkeletonTest {

    @Inject
    private ParseHelper<Governancemodel> parser;

    @Inject
    private ValidationTestHelper validation;

    private static Path example(String name) {
        return Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "skelet", name);
    }

    @Test
    void parsesTheExampleAgendaAndLinksTheOpgaveToItsEffect() throws Exception {
        Governancemodel bestand = parser.parse(Files.readString(example("zelfredzaam.agenda")));
        assertNotNull(bestand);
        assertTrue(bestand.eResource().getErrors().isEmpty(), bestand.eResource().getErrors().toString());

        MaatschappelijkeAgenda ma = assertInstanceOf(MaatschappelijkeAgenda.class, bestand.getMaatschappelijkeAgenda());
        assertEquals("Zelfredzaam Zwolle", ma.getNaam());
        assertEquals("62%", ma.getEffecten().get(0).getIndicatoren().get(0).getNulmeting());
        assertEquals("70%", ma.getEffecten().get(0).getIndicatoren().get(0).getStreefwaarde());

        Veranderagenda va = assertInstanceOf(Veranderagenda.class, bestand.getVeranderagenda());
        Opgave opgave = va.getOpgaven().get(0);
        assertEquals(Vraagstuk.MEERVOUDIG, opgave.getVraagstuk());
        assertTrue(opgave.isDomeinoverschrijdend());
        assertSame(ma.getEffecten().get(0), opgave.getVolgtUit().get(0));
    }

    @Test
    void theOneRuleEngineChecksAnAgendaLikeAnyModel() throws Exception {
        Governancemodel bestand = parser.parse(Files.readString(example("zelfredzaam.agenda")));
        List<String> ids = Rules.engine().validate(bestand).stream().map(Finding::ruleId).toList();
        assertTrue(ids.contains("AG-1"), "no uitvoeringsagenda yet: " + ids);
        assertTrue(ids.contains("4R-6"), "the opgave has no aard en omvang nor opdrachtrelatie: " + ids);
        assertTrue(!ids.contains("AG-6"), "the opgave follows from an effect: " + ids);
    }

    @Test
    void aSyntaxErrorIsReportedOnItsLine() throws Exception {
        Governancemodel bestand = parser.parse("maatschappelijke agenda \"X\"\n  visie \"v\"\n  effect\n");
        List<Resource.Diagnostic> errors = bestand.eResource().getErrors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(3, errors.get(0).getLine());
    }

    @Test
    void anUnknownEffectIsALinkingError() throws Exception {
        Governancemodel bestand = parser.parse("veranderagenda\n  opgave A vraagstuk enkelvoudig volgt uit Bestaatniet\n");
        List<Issue> issues = validation.validate(bestand).stream()
                .filter(issue -> AgendaIssueCodes.KOPPELING.equals(issue.getCode())).toList();
        assertEquals(1, issues.size(), issues.toString());
        assertTrue(issues.get(0).getMessage().contains("Bestaatniet"), issues.get(0).getMessage());
        assertEquals(2, issues.get(0).getLineNumber());
    }
}

package nl.bondgenoot.agenda.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import nl.bondgenoot.agenda.validation.StorableNameValidator;

/**
 * A quoted name may hold any character as an escape; one that no model file can hold (a control
 * character, U+FFFE, half a surrogate pair) is refused where it is typed, as on the map and in
 * Eigenschappen, with the same Dutch reason.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AgendaInjectorProvider.class)
class StorableNamesTest {

    @Inject
    private AgendaParser agendas;

    @Inject
    private ValidationTestHelper validation;

    private List<Issue> nameIssues(String name) throws Exception {
        return validation.validate(agendas.parse("veranderagenda\n  opgave \"" + name + "\"\n")).stream()
                .filter(i -> StorableNameValidator.NAME_NOT_STORABLE.equals(i.getCode())).toList();
    }

    @Test
    void aNameWithACharacterNoModelFileCanHoldIsAnErrorOnItsLine() throws Exception {
        for (String escaped : new String[] { "Zorg\\u0001thuis", "Zorg\\u0000", "Zorg\\uFFFE", "Zorg \\uD83D half" }) {
            List<Issue> issues = nameIssues(escaped);
            assertEquals(1, issues.size(), escaped + ": " + issues);
            Issue issue = issues.get(0);
            assertEquals(Severity.ERROR, issue.getSeverity());
            assertEquals(2, issue.getLineNumber());
            assertTrue(issue.getMessage().startsWith("Een naam mag geen ") && issue.getMessage().contains("U+"), issue.getMessage());
        }
    }

    @Test
    void ordinaryNamesWithAccentsAndCharactersBeyondUffffAreFine() throws Exception {
        assertEquals(List.of(), nameIssues("Zorg thuis, café \\uD83C\\uDFDB"));
        assertEquals(List.of(), nameIssues("Ærø"));
    }
}

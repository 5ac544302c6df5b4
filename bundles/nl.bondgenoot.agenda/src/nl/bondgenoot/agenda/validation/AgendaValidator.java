package nl.bondgenoot.agenda.validation;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;

import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.engine.ProfileException;
import nl.bondgenoot.rules.engine.ProfileWarning;
import nl.bondgenoot.rules.engine.RuleEngine;

/**
 * Checks an agenda with the one rule engine of the product (4R, AG and the GOV rules that apply),
 * with the project's rule profile, and puts each finding on the text of the element it is about.
 * No rule is written here: the rules bundle is the only place a rule lives.
 */
@ComposedChecks(validators = { AmbiguousNameValidator.class, StorableNameValidator.class })
public class AgendaValidator extends AbstractAgendaValidator {

    /** Issue code of a rule-profile problem (the profile file beside the agenda cannot be read). */
    public static final String PROFILE_PROBLEM = "bondgenoot.profiel";

    @Check
    public void checkRules(Governancemodel model) {
        Resource resource = model.eResource();
        if (hasSyntaxErrors(resource)) {
            // What the parser skipped would look missing to the rules: no finding from a partial parse.
            ILeafNode first = FindingRanges.firstLeaf(model);
            getMessageAcceptor().acceptInfo(AgendaIssueCodes.RULES_HELD_BACK_MESSAGE, model, first == null ? 0 : first.getOffset(),
                    first == null ? 0 : first.getLength(), AgendaIssueCodes.REGELS_NIET_TOEGEPAST);
            RuleFindings.attach(resource, List.of());
            return;
        }
        RuleEngine engine;
        try {
            engine = engineFor(resource == null ? null : resource.getURI());
        } catch (ProfileException e) {
            ILeafNode first = FindingRanges.firstLeaf(model);
            getMessageAcceptor().acceptError("de regelinstellingen zijn niet te lezen: " + e.toUserMessage(),
                    model, first == null ? 0 : first.getOffset(), first == null ? 0 : first.getLength(), PROFILE_PROBLEM);
            engine = Rules.engine();
        }
        for (ProfileWarning warning : engine.profile().warnings()) {
            // A typing error in the profile would leave a rule on that the advisor believes off: say so here too.
            ILeafNode first = FindingRanges.firstLeaf(model);
            getMessageAcceptor().acceptWarning("regelinstellingen: " + warning.file() + ":" + warning.line() + ": " + warning.message(),
                    model, first == null ? 0 : first.getOffset(), first == null ? 0 : first.getLength(), PROFILE_PROBLEM);
        }
        // Findings about actors of a model file belong to that file, not to this agenda.
        List<Finding> own = engine.validate(model).stream().filter(f -> f.element().eResource() == resource).toList();
        own.forEach(this::report);
        if (resource != null) {
            RuleFindings.attach(resource, own);
        }
    }

    /** Whether the parser had to skip or guess part of the text. */
    public static boolean hasSyntaxErrors(Resource resource) {
        return resource instanceof XtextResource text && text.getParseResult() != null && text.getParseResult().hasSyntaxErrors();
    }

    private void report(Finding finding) {
        FindingRanges.Range range = FindingRanges.of(finding.element());
        String[] data = RuleIssueData.of(finding);
        switch (finding.severity()) {
            case ERROR -> getMessageAcceptor().acceptError(finding.text(), finding.element(), range.offset(), range.length(),
                    finding.ruleId(), data);
            case WARNING -> getMessageAcceptor().acceptWarning(finding.text(), finding.element(), range.offset(),
                    range.length(), finding.ruleId(), data);
            default -> getMessageAcceptor().acceptInfo(finding.text(), finding.element(), range.offset(), range.length(),
                    finding.ruleId(), data);
        }
    }

    private static RuleEngine engineFor(URI uri) throws ProfileException {
        if (uri != null && uri.isFile()) {
            return Rules.engineFor(Path.of(uri.toFileString()));
        }
        return Rules.engine();
    }
}

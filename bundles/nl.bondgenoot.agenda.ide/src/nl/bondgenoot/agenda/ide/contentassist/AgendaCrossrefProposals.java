package nl.bondgenoot.agenda.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.inject.Inject;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Effect;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.labels.Labels;

/**
 * Proposes the names of actors (from the project's model files), networks, effects and opgaven as
 * text that parses: a name with spaces, accents or equal to a keyword is quoted by the same value
 * converter that reads it. The description says what the name stands for.
 */
public class AgendaCrossrefProposals extends IdeCrossrefProposalProvider {

    @Inject
    private IValueConverterService valueConverter;

    @Override
    protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference reference,
            ContentAssistContext context) {
        String name = getQualifiedNameConverter().toString(candidate.getName());
        String text;
        try {
            text = valueConverter.toString(name, ruleOf(reference));
        } catch (ValueConverterException e) {
            return null;
        }
        EObject target = candidate.getEObjectOrProxy();
        if (target.eIsProxy()) {
            target = EcoreUtil.resolve(target, context.getResource());
        }
        String description = describe(target);
        return getProposalCreator().createProposal(text, context, entry -> {
            entry.setSource(candidate);
            entry.setKind(ContentAssistEntry.KIND_REFERENCE);
            entry.setLabel(name);
            entry.setDescription(description);
        });
    }

    private static String ruleOf(CrossReference reference) {
        return reference.getTerminal() instanceof RuleCall call ? call.getRule().getName() : "Naam";
    }

    /** "overheid (gemeente)" for an actor, "effect (outcome)" for an effect, "opgave (meervoudig)". */
    static String describe(EObject target) {
        if (target instanceof Actor actor) {
            String categorie = actor.getCategorie() == null ? "actor" : Labels.of(actor.getCategorie());
            return actor.getSoort() == null ? categorie : categorie + " (" + actor.getSoort().id() + ")";
        }
        if (target instanceof Netwerk) {
            return "netwerk";
        }
        if (target instanceof Effect effect) {
            return effect.getSoort() == null || effect.getSoort().getName().equals("ONBEKEND") ? "effect"
                    : "effect (" + Labels.of(effect.getSoort()) + ")";
        }
        if (target instanceof Opgave opgave) {
            return opgave.getVraagstuk() == null || opgave.getVraagstuk().getName().equals("ONBEKEND") ? "opgave"
                    : "opgave (" + Labels.of(opgave.getVraagstuk()) + " vraagstuk)";
        }
        return target == null || target.eIsProxy() ? "" : Labels.typeOf(target.eClass());
    }
}

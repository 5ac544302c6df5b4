package nl.bondgenoot.agenda.ide.contentassist;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.UnorderedGroup;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/**
 * Content assist for agendas: keywords of multi-word phrases as the whole phrase ("aard en omvang"),
 * enumeration values, and no property that the element already has (each may be written once). Every
 * proposal carries a short Dutch description. Names of actors, effects and opgaven come from
 * {@link AgendaCrossrefProposals}.
 */
public class AgendaProposalProvider extends IdeContentProposalProvider {

    @Override
    protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        if (!filterKeyword(keyword, context)) {
            return;
        }
        EnumLiteralDeclaration literal = EcoreUtil2.getContainerOfType(keyword, EnumLiteralDeclaration.class);
        if (literal != null) {
            proposeEnumValue(keyword, literal, context, acceptor);
        } else if (!alreadyWritten(keyword, context)) {
            proposeKeyword(keyword, context, acceptor);
        }
    }

    private void proposeKeyword(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        String phrase = KeywordDescriptions.phraseStartingWith(keyword);
        ContentAssistEntry entry = getProposalCreator().createProposal(phrase, context, e -> {
            e.setKind(ContentAssistEntry.KIND_KEYWORD);
            e.setLabel(phrase);
            e.setDescription(KeywordDescriptions.of(phrase));
        });
        if (entry != null) {
            acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry));
        }
    }

    private void proposeEnumValue(Keyword keyword, EnumLiteralDeclaration literal, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        AbstractRule rule = GrammarUtil.containingRule(literal);
        String kind = rule.getType().getClassifier() instanceof EEnum type ? type.getName().toLowerCase() : "waarde";
        ContentAssistEntry entry = getProposalCreator().createProposal(keyword.getValue(), context, e -> {
            e.setKind(ContentAssistEntry.KIND_ENUM);
            e.setDescription(kind);
        });
        if (entry != null) {
            acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry));
        }
    }

    /**
     * A property of an unordered group may be written once: its keyword is not proposed again when the
     * element being written already has that property.
     */
    private static boolean alreadyWritten(Keyword keyword, ContentAssistContext context) {
        EObject property = keyword;
        while (property.eContainer() != null && !(property.eContainer() instanceof UnorderedGroup)) {
            property = property.eContainer();
        }
        if (!(property.eContainer() instanceof UnorderedGroup) || !(property instanceof AbstractElement alternative)) {
            return false;
        }
        Assignment assignment = alternative instanceof Assignment a ? a
                : EcoreUtil2.getAllContentsOfType(alternative, Assignment.class).stream().findFirst().orElse(null);
        AbstractRule rule = GrammarUtil.containingRule(alternative);
        if (assignment == null || !(rule.getType().getClassifier() instanceof EClass owner)) {
            return false;
        }
        for (EObject model = context.getCurrentModel(); model != null; model = model.eContainer()) {
            if (owner.isInstance(model)) {
                EStructuralFeature feature = model.eClass().getEStructuralFeature(assignment.getFeature());
                return feature != null && model.eIsSet(feature);
            }
        }
        return false;
    }
}

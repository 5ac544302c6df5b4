package nl.bondgenoot.agenda.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Element;

/**
 * Marks what the grammar alone cannot tell apart: names of actors and networks (which come from the
 * model files), of effects and opgaven (declared and referred to), and enumeration values; a name
 * that does not link is left plain. The style ids are LSP's standard token types, which Xtext's
 * server puts in its legend, so any editor colours them without configuration; see
 * {@link AgendaHighlightingStyles}.
 */
public class AgendaHighlightingCalculator implements ISemanticHighlightingCalculator {

    @Inject
    private EObjectAtOffsetHelper references;

    @Override
    public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
        if (resource == null || resource.getParseResult() == null) {
            return;
        }
        for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
            if (cancelIndicator.isCanceled()) {
                return;
            }
            if (!leaf.isHidden()) {
                highlight(resource, leaf, acceptor);
            }
        }
    }

    private void highlight(XtextResource resource, ILeafNode leaf, IHighlightedPositionAcceptor acceptor) {
        EObject grammarElement = leaf.getGrammarElement();
        if (isEnumValue(grammarElement)) {
            acceptor.addPosition(leaf.getOffset(), leaf.getLength(), AgendaHighlightingStyles.ENUM_VALUE);
            return;
        }
        CrossReference reference = crossReferenceOf(leaf);
        if (reference != null) {
            EReference feature = GrammarUtil.getReference(reference);
            String style = feature == null ? null : AgendaHighlightingStyles.forReferenceTo(feature.getEReferenceType());
            // A name that does not link keeps the plain colour: a typo should not look like an actor.
            if (style != null && links(resource, leaf)) {
                acceptor.addPosition(leaf.getOffset(), leaf.getLength(), style);
            }
            return;
        }
        EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
        if (element instanceof Element && isName(leaf, element)) {
            String style = AgendaHighlightingStyles.forDeclarationOf(element.eClass());
            if (style != null) {
                acceptor.addPosition(leaf.getOffset(), leaf.getLength(), style, AgendaHighlightingStyles.DECLARATION);
            }
        }
    }

    /** Depending on how it was parsed, an enum value's leaf points at the literal, its keyword or the rule call. */
    private static boolean isEnumValue(EObject grammarElement) {
        return grammarElement instanceof EnumLiteralDeclaration
                || grammarElement instanceof Keyword && grammarElement.eContainer() instanceof EnumLiteralDeclaration
                || grammarElement instanceof RuleCall call && call.getRule() instanceof EnumRule;
    }

    private boolean links(XtextResource resource, ILeafNode leaf) {
        EObject target = references.resolveCrossReferencedElementAt(resource, leaf.getOffset());
        return target != null && !target.eIsProxy();
    }

    private static CrossReference crossReferenceOf(ILeafNode leaf) {
        for (INode node = leaf; node != null; node = node.getParent()) {
            if (node.getGrammarElement() instanceof CrossReference reference) {
                return reference;
            }
        }
        return null;
    }

    private static boolean isName(ILeafNode leaf, EObject element) {
        for (INode name : NodeModelUtils.findNodesForFeature(element, BondgenootPackage.Literals.ELEMENT__NAAM)) {
            if (name.getOffset() <= leaf.getOffset() && leaf.getEndOffset() <= name.getEndOffset()) {
                return true;
            }
        }
        return false;
    }
}

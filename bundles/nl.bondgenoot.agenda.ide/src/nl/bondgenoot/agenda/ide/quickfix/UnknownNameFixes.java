package nl.bondgenoot.agenda.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

import nl.bondgenoot.rules.engine.ClosestNames;

/**
 * "Bedoelde u ...?" for a name that links to nothing (an actor renamed in the model file, a typing
 * error): the closest names of the right kind that are in scope, written as the grammar reads them.
 */
class UnknownNameFixes {

    private static final int MAX_NAMES = 3;

    @Inject
    private IScopeProvider scopes;

    @Inject
    private IQualifiedNameConverter names;

    @Inject
    private IValueConverterService values;

    void offerClosestNames(FixContext context, DiagnosticResolutionAcceptor acceptor) {
        INode node = crossReferenceNodeAt(context);
        if (node == null) {
            return;
        }
        EObject owner = NodeModelUtils.findActualSemanticObjectFor(node);
        CrossReference crossReference = GrammarUtil.containingCrossReference(node.getGrammarElement());
        EReference reference = GrammarUtil.getReference(crossReference, owner.eClass());
        String rule = crossReference.getTerminal() instanceof RuleCall call ? call.getRule().getName() : "Naam";
        String written;
        try {
            written = String.valueOf(values.toValue(NodeModelUtils.getTokenText(node), rule, node));
        } catch (ValueConverterException e) {
            written = NodeModelUtils.getTokenText(node);
        }
        List<String> known = new ArrayList<>();
        for (IEObjectDescription candidate : scopes.getScope(owner, reference).getAllElements()) {
            known.add(names.toString(candidate.getName()));
        }
        int offset = node.getOffset();
        int length = node.getLength();
        for (String name : ClosestNames.to(written, known, MAX_NAMES)) {
            String text = values.toString(name, rule);
            acceptor.accept("Bedoelde u '" + name + "'?", (ITextModification) (diagnostic, element, document) -> List
                    .of(new TextEdit(new Range(document.getPosition(offset), document.getPosition(offset + length)), text)));
        }
    }

    /** The node of the reference the link error is about: the finding starts on it. */
    private static INode crossReferenceNodeAt(FixContext context) {
        INode leaf = NodeModelUtils.findLeafNodeAtOffset(context.resource().getParseResult().getRootNode(),
                context.offset());
        for (INode node = leaf; node != null; node = node.getParent()) {
            if (node.getGrammarElement() != null && GrammarUtil.containingCrossReference(node.getGrammarElement()) != null) {
                return node;
            }
        }
        return null;
    }
}

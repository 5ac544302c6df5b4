package nl.bondgenoot.agenda.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import nl.bondgenoot.model.BondgenootPackage;

/**
 * Where on the text a finding goes: on the element's name when it has one, otherwise on its first
 * word ("opdrachtrelatie", "coalitie"), never over the whole block, so that a squiggle stays
 * readable in any editor.
 */
public final class FindingRanges {

    public record Range(int offset, int length) {
    }

    private FindingRanges() {
    }

    public static Range of(EObject element) {
        List<INode> name = NodeModelUtils.findNodesForFeature(element, BondgenootPackage.Literals.ELEMENT__NAAM);
        if (!name.isEmpty()) {
            INode node = name.get(0);
            return new Range(node.getOffset(), node.getLength());
        }
        ILeafNode first = firstLeaf(element);
        return first == null ? new Range(0, 0) : new Range(first.getOffset(), first.getLength());
    }

    /** The first visible word of an element (or of the file, for the file's own model). */
    public static ILeafNode firstLeaf(EObject element) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        if (node == null) {
            return null;
        }
        for (ILeafNode leaf : node.getLeafNodes()) {
            if (!leaf.isHidden()) {
                return leaf;
            }
        }
        return null;
    }
}

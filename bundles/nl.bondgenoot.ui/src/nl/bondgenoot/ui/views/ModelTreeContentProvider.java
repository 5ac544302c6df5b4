package nl.bondgenoot.ui.views;

import org.eclipse.jface.viewers.ITreeContentProvider;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.ui.session.ModelSession;

/**
 * model → Actoren (n) → actors; model → Netwerken (n) → netwerken → leden. The input is the
 * {@link ModelSession}; getParent lets the viewer reveal any actor or netwerk.
 */
final class ModelTreeContentProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return input instanceof ModelSession session && session.isOpen()
                ? new Object[] { session.model() } : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof Governancemodel model) {
            return new Object[] { new TreeGroup(model, TreeGroup.Kind.ACTOREN),
                    new TreeGroup(model, TreeGroup.Kind.NETWERKEN) };
        }
        if (parent instanceof TreeGroup group) {
            return group.children().toArray();
        }
        if (parent instanceof Netwerk netwerk) {
            return netwerk.getLeden().stream().map(a -> new NetworkMember(netwerk, a)).toArray();
        }
        return new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof Actor actor && actor.eContainer() instanceof Governancemodel model) {
            return new TreeGroup(model, TreeGroup.Kind.ACTOREN);
        }
        if (element instanceof Netwerk netwerk && netwerk.eContainer() instanceof Governancemodel model) {
            return new TreeGroup(model, TreeGroup.Kind.NETWERKEN);
        }
        if (element instanceof TreeGroup group) {
            return group.model();
        }
        if (element instanceof NetworkMember member) {
            return member.netwerk();
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }
}

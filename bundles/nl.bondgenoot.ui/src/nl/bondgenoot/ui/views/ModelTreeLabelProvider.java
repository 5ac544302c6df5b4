package nl.bondgenoot.ui.views;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.ui.Messages;

/** Names as users know them: "Gemeente Zwolle — overheid/gemeente". Shared images: nothing to dispose. */
final class ModelTreeLabelProvider extends LabelProvider {

    @Override
    public String getText(Object element) {
        if (element instanceof Governancemodel model) {
            return orUnnamed(nameOrFile(model));
        }
        if (element instanceof TreeGroup group) {
            String pattern = group.kind() == TreeGroup.Kind.ACTOREN ? Messages.explorer_actors : Messages.explorer_networks;
            return NLS.bind(pattern, group.children().size());
        }
        if (element instanceof Actor actor) {
            return actorText(actor);
        }
        if (element instanceof NetworkMember member) {
            return actorText(member.actor());
        }
        if (element instanceof Netwerk netwerk) {
            return orUnnamed(netwerk.getNaam());
        }
        return String.valueOf(element);
    }

    static String actorText(Actor actor) {
        String kind = actor.getCategorie() == null ? "" : Labels.of(actor.getCategorie());
        if (actor.getSoort() != null) {
            kind = kind.isEmpty() ? actor.getSoort().id() : kind + "/" + actor.getSoort().id();
        }
        return orUnnamed(actor.getNaam()) + (kind.isEmpty() ? "" : " \u2014 " + kind);
    }

    /** An agenda has no name of its own as a model: its file name says which one it is. */
    private static String nameOrFile(Governancemodel model) {
        String name = model.getNaam();
        if ((name == null || name.isBlank()) && model.eResource() != null && model.eResource().getURI().lastSegment() != null) {
            return URI.decode(model.eResource().getURI().lastSegment());
        }
        return name;
    }

    private static String orUnnamed(String name) {
        return name == null || name.isBlank() ? Messages.explorer_unnamed : name;
    }

    @Override
    public Image getImage(Object element) {
        String key;
        if (element instanceof Governancemodel) {
            key = ISharedImages.IMG_OBJ_FILE;
        } else if (element instanceof TreeGroup || element instanceof Netwerk) {
            key = ISharedImages.IMG_OBJ_FOLDER;
        } else {
            key = ISharedImages.IMG_OBJ_ELEMENT;
        }
        return PlatformUI.getWorkbench().getSharedImages().getImage(key);
    }
}

package nl.bondgenoot.diagram.model;

import nl.bondgenoot.diagram.glsp.NetwerkkaartTypes;
import java.util.Optional;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Convenant;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;

/**
 * Maps GModel ids back to the model. Nodes and sturingsrelatie edges carry the element's own UUID;
 * a membership edge is "netwerk-id/lid/actor-id", a partnership edge "convenant-id/partner/actor-id".
 */
public final class DrawnElements {

    /** A reference drawn as an edge: the owner (netwerk or convenant) and the actor it points to. */
    public record Reference(Element owner, Actor actor, boolean membership) {
    }

    private DrawnElements() {
    }

    public static String membershipId(Netwerk netwerk, Actor actor) {
        return netwerk.getId() + NetwerkkaartTypes.LID + actor.getId();
    }

    public static String partnershipId(Convenant convenant, Actor actor) {
        return convenant.getId() + NetwerkkaartTypes.PARTNER + actor.getId();
    }

    /** The model element with this id (actor, netwerk, convenant, sturingsrelatie). */
    public static Optional<Element> element(Governancemodel model, String id) {
        if (id == null || model.eResource() == null) {
            return Optional.empty();
        }
        return model.eResource().getEObject(id) instanceof Element e && e.eResource() == model.eResource() ? Optional.of(e)
                : Optional.empty();
    }

    public static Optional<Reference> reference(Governancemodel model, String edgeId) {
        if (edgeId == null) {
            return Optional.empty();
        }
        boolean membership = edgeId.contains(NetwerkkaartTypes.LID);
        String separator = membership ? NetwerkkaartTypes.LID : NetwerkkaartTypes.PARTNER;
        int at = edgeId.indexOf(separator);
        if (at < 0) {
            return Optional.empty();
        }
        Optional<Element> owner = element(model, edgeId.substring(0, at));
        Optional<Element> actor = element(model, edgeId.substring(at + separator.length()));
        if (owner.isEmpty() || !(actor.orElse(null) instanceof Actor a)) {
            return Optional.empty();
        }
        boolean valid = membership ? owner.get() instanceof Netwerk n && n.getLeden().contains(a)
                : owner.get() instanceof Convenant c && c.getPartners().contains(a);
        return valid ? Optional.of(new Reference(owner.get(), a, membership)) : Optional.empty();
    }
}

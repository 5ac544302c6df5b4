package nl.bondgenoot.model.soorten;

import nl.bondgenoot.model.ActorCategorie;

/**
 * A kind of actor within a category, such as "gemeente" (OVERHEID) or "woningcorporatie"
 * (MAATSCHAPPELIJKE_ORGANISATIE). The list is open: plug-ins add kinds at the extension point
 * {@code nl.bondgenoot.model.actorSoorten}; an actor's {@code soort} holds the id.
 *
 * @param id        what an actor's {@code soort} attribute holds, e.g. "gemeente"
 * @param label     the Dutch name users read
 * @param categorie the category the kind belongs to
 * @param icon      a bundle-relative icon path, or {@code null}
 * @param bundle    the contributing bundle (to resolve the icon), or {@code null}
 */
public record ActorSoort(String id, String label, ActorCategorie categorie, String icon, String bundle) {
}

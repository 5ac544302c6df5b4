package nl.bondgenoot.model.financiering;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreEList;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Betrokkene;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Financieringsstroom;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.soorten.Gemeenteherkenning;

/**
 * What the financieringsstromen of a model say about an actor or netwerk: the one truth behind the
 * derived {@code Actor.financiers} and {@code Actor.gefinancierdDoorGemeente} (S3:843-847).
 */
public final class Financiering {

    private Financiering() {
    }

    /** The flows of the ontvanger's model that go to it, in model order; none when it is in no model. */
    public static List<Financieringsstroom> stromenNaar(Betrokkene ontvanger) {
        Governancemodel model = model(ontvanger);
        return model == null ? List.of() : StroomIndex.of(model).naar(ontvanger);
    }

    /** The financiers of the flows to the actor, each once, as the derived (unmodifiable) feature list. */
    public static EList<Actor> financiers(Actor actor) {
        Set<Actor> financiers = new LinkedHashSet<>();
        for (Financieringsstroom stroom : stromenNaar(actor)) {
            if (stroom.getFinancier() != null) {
                financiers.add(stroom.getFinancier());
            }
        }
        List<Actor> list = new ArrayList<>(financiers);
        return new EcoreEList.UnmodifiableEList<>((org.eclipse.emf.ecore.InternalEObject) actor,
                BondgenootPackage.Literals.ACTOR__FINANCIERS, list.size(), list.toArray());
    }

    /** A gemeente, or a part of one, finances the actor through a flow (S3:843-847). */
    public static boolean gefinancierdDoorGemeente(Actor actor) {
        return stromenNaar(actor).stream().anyMatch(s -> Gemeenteherkenning.hoortBijGemeente(s.getFinancier()));
    }

    private static Governancemodel model(EObject element) {
        return element != null && EcoreUtil.getRootContainer(element) instanceof Governancemodel m ? m : null;
    }
}

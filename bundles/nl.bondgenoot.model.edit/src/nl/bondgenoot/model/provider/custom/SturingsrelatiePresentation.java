package nl.bondgenoot.model.provider.custom;

import org.eclipse.emf.common.notify.AdapterFactory;

import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.provider.SturingsrelatieItemProvider;
import nl.bondgenoot.model.soorten.Sturingsfamilies;

/**
 * A sturingsrelatie reads as "Gemeente Zwolle → Travers (subsidie)", with an arrow icon whose colour
 * shows the family of instruments ({@link Sturingsfamilies}, as on the map).
 */
public class SturingsrelatiePresentation extends SturingsrelatieItemProvider {

    public SturingsrelatiePresentation(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public Object getImage(Object object) {
        String family = Sturingsfamilies.familieVan(((Sturingsrelatie) object).getSoort());
        return overlayImage(object, getResourceLocator().getImage("relatie/" + family + ".png"));
    }

    @Override
    public String getText(Object object) {
        Sturingsrelatie r = (Sturingsrelatie) object;
        return name(r.getVan()) + " \u2192 " + name(r.getNaar()) + " (" + Labels.of(r.getSoort()) + ")";
    }

    private static String name(Element e) {
        return e == null || e.getNaam() == null ? "?" : e.getNaam();
    }
}

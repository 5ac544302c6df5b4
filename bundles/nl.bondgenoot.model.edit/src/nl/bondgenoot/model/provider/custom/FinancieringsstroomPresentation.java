package nl.bondgenoot.model.provider.custom;

import org.eclipse.emf.common.notify.AdapterFactory;

import nl.bondgenoot.model.Financieringsstroom;
import nl.bondgenoot.model.labels.ElementTexts;
import nl.bondgenoot.model.provider.FinancieringsstroomItemProvider;

/**
 * A financieringsstroom reads as "Gemeente Zwolle → Buurtgeluk (subsidie · Wmo)" in the tree and views,
 * with a euro icon in the green of the financial relations.
 */
public class FinancieringsstroomPresentation extends FinancieringsstroomItemProvider {

    public FinancieringsstroomPresentation(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public Object getImage(Object object) {
        return overlayImage(object, getResourceLocator().getImage("financiering/stroom.png"));
    }

    @Override
    public String getText(Object object) {
        return ElementTexts.financieringsstroom((Financieringsstroom) object);
    }
}

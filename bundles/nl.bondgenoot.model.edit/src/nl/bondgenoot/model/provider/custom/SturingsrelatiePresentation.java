package nl.bondgenoot.model.provider.custom;

import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;

import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.provider.SturingsrelatieItemProvider;

/**
 * A sturingsrelatie reads as "Gemeente Zwolle → Travers (subsidie)", with an arrow icon whose colour
 * shows the family of instruments (the diagram uses the same families).
 */
public class SturingsrelatiePresentation extends SturingsrelatieItemProvider {

    /** Instrument families: hiërarchisch, financieel, markt, samenwerking, invloed (S3 Figuur 1, S3:397-521). */
    public static final Map<SturingsrelatieSoort, String> FAMILY = Map.ofEntries(
            Map.entry(SturingsrelatieSoort.HIERARCHISCH, "hierarchisch"),
            Map.entry(SturingsrelatieSoort.TOEZICHT, "hierarchisch"),
            Map.entry(SturingsrelatieSoort.SUBSIDIE, "financieel"),
            Map.entry(SturingsrelatieSoort.PRESTATIESUBSIDIE, "financieel"),
            Map.entry(SturingsrelatieSoort.BCF, "financieel"),
            Map.entry(SturingsrelatieSoort.SUBSIDIEOVEREENKOMST, "financieel"),
            Map.entry(SturingsrelatieSoort.CONTRACT, "markt"),
            Map.entry(SturingsrelatieSoort.AANBESTEDING, "markt"),
            Map.entry(SturingsrelatieSoort.UITBESTEDING, "markt"),
            Map.entry(SturingsrelatieSoort.CONVENANT, "samenwerking"),
            Map.entry(SturingsrelatieSoort.SAMENWERKING, "samenwerking"),
            Map.entry(SturingsrelatieSoort.REGIE_TAAKVERDELING, "samenwerking"),
            Map.entry(SturingsrelatieSoort.GEMEENTELIJKE_SAMENWERKING, "samenwerking"),
            Map.entry(SturingsrelatieSoort.ADVIES, "invloed"),
            Map.entry(SturingsrelatieSoort.VERANTWOORDING, "invloed"),
            Map.entry(SturingsrelatieSoort.OVERTUIGEN_VERLEIDEN, "invloed"));

    /** The family of a soort; a soort not chosen (ONBEKEND) is of no family: 'onbekend', drawn neutrally. */
    public static String familyOf(SturingsrelatieSoort soort) {
        return soort == null ? "onbekend" : FAMILY.getOrDefault(soort, "onbekend");
    }

    public SturingsrelatiePresentation(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public Object getImage(Object object) {
        String family = familyOf(((Sturingsrelatie) object).getSoort());
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

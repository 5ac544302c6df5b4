package nl.bondgenoot.agenda.ide.quickfix;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.BondgenootPackage.Literals;
import nl.bondgenoot.model.Gemeentemodel;
import nl.bondgenoot.model.Instellingstrategie;
import nl.bondgenoot.model.Niveau;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Opdrachtvorm;
import nl.bondgenoot.model.RekenschapSoort;
import nl.bondgenoot.model.ResultaatSoort;

/**
 * One thing of an opdrachtrelatie a quick fix may change: a level or kind of one of the four R's, the
 * samenspel (gemeentemodel, instellingstrategie, opdrachtvorm) or whether the gemeente is partner.
 * Each knows its values, how to read and set it on the model, and which keyword writes it.
 */
enum Aspect {

    RICHTING("richting", Literals.OPDRACHTRELATIE__RICHTING, Literals.RICHTING__NIVEAU, levels()),
    RUIMTE("ruimte", Literals.OPDRACHTRELATIE__RUIMTE, Literals.RUIMTE__NIVEAU, levels()),
    RESULTAAT("resultaat", Literals.OPDRACHTRELATIE__RESULTAAT, Literals.RESULTAAT__SOORT,
            List.of(ResultaatSoort.PRODUCT, ResultaatSoort.MAATSCHAPPELIJK_EFFECT)),
    REKENSCHAP("rekenschap", Literals.OPDRACHTRELATIE__REKENSCHAP, Literals.REKENSCHAP__NIVEAU, levels()),
    REKENSCHAP_SOORT("rekenschap", Literals.OPDRACHTRELATIE__REKENSCHAP, Literals.REKENSCHAP__SOORT,
            List.of(RekenschapSoort.PRESTATIE, RekenschapSoort.EFFECT)),
    GEMEENTEMODEL("gemeentemodel", null, Literals.OPDRACHTRELATIE__GEMEENTEMODEL, List.of(Gemeentemodel.INTERVENTIEMODEL,
            Gemeentemodel.PROGRAMMAMODEL, Gemeentemodel.ONTWIKKELMODEL)),
    INSTELLINGSTRATEGIE("instellingstrategie", null, Literals.OPDRACHTRELATIE__INSTELLINGSTRATEGIE,
            List.of(Instellingstrategie.VOLGEND, Instellingstrategie.REACTIEF, Instellingstrategie.INITIEREND)),
    OPDRACHTVORM("opdrachtvorm", null, Literals.OPDRACHTRELATIE__OPDRACHTVORM, List.of(Opdrachtvorm.VIA_BESTEK,
            Opdrachtvorm.TUSSENVORM, Opdrachtvorm.VIA_MAATSCHAPPELIJK_EFFECT)),
    GEMEENTE_IS_PARTNER("gemeente-is-partner", null, Literals.OPDRACHTRELATIE__GEMEENTE_IS_PARTNER, List.of(Boolean.TRUE));

    /** The keyword that starts the property's line. */
    final String keyword;
    /** The R object holding the value, or null when the value is the opdrachtrelatie's own. */
    final EStructuralFeature holder;
    final EStructuralFeature feature;
    final List<Object> values;

    Aspect(String keyword, EStructuralFeature holder, EStructuralFeature feature, List<?> values) {
        this.keyword = keyword;
        this.holder = holder;
        this.feature = feature;
        this.values = List.copyOf(values);
    }

    private static List<Niveau> levels() {
        return List.of(Niveau.HOOG, Niveau.MIDDEL, Niveau.LAAG);
    }

    /** The object that holds the value (the R or the relation itself), or null when the R is absent. */
    EObject owner(Opdrachtrelatie relatie) {
        return holder == null ? relatie : (EObject) relatie.eGet(holder);
    }

    Object get(Opdrachtrelatie relatie) {
        EObject owner = owner(relatie);
        return owner == null ? null : owner.eGet(feature);
    }

    /** Written in the text: a value other than "onbekend" (and a flag that is on). */
    boolean isWritten(Opdrachtrelatie relatie) {
        Object value = get(relatie);
        return value instanceof Enumerator e ? !e.getName().equals("ONBEKEND") : Boolean.TRUE.equals(value);
    }

    void set(Opdrachtrelatie relatie, Object value) {
        EObject owner = owner(relatie);
        if (owner == null) {
            owner = BondgenootFactory.eINSTANCE.create(((EReference) holder).getEReferenceType());
            relatie.eSet(holder, owner);
        }
        owner.eSet(feature, value);
    }
}

package nl.bondgenoot.exchange.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.exchange.sheet.Column.CellException;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.labels.Labels;

/**
 * The actors and netwerken a sheet's reference cells may name: by id, or by name where exactly one
 * element of the wanted kind has it. Written the other way round: by name where the name is
 * unambiguous among all actors and netwerken, else by id.
 */
public final class References {

    private final Map<String, Element> byId = new HashMap<>();
    private final Map<String, List<Element>> byName = new HashMap<>();

    public void add(Element element) {
        add(element, element.getNaam());
    }

    /** The element under the name it will have: a sheet that renames an actor names it by its new name everywhere. */
    public void add(Element element, String naam) {
        if (element.getId() != null) {
            byId.put(element.getId(), element);
        }
        if (naam != null && !naam.isBlank()) {
            byName.computeIfAbsent(naam.strip(), n -> new ArrayList<>(1)).add(element);
        }
    }

    /** The text that names the element in a reference cell. */
    public String textOf(EObject value) {
        if (!(value instanceof Element element)) {
            return "";
        }
        String naam = element.getNaam() == null ? "" : element.getNaam().strip();
        List<Element> named = byName.get(naam);
        boolean unambiguous = !naam.isEmpty() && named != null && named.size() == 1 && !byId.containsKey(naam);
        return unambiguous || element.getId() == null ? naam : element.getId();
    }

    /** The element of the wanted kind that the text names, by id or by unambiguous name. */
    public Element resolve(String text, EClass wanted) throws CellException {
        String t = text.strip();
        Element byIdentity = byId.get(t);
        if (byIdentity != null && wanted.isInstance(byIdentity)) {
            return byIdentity;
        }
        List<Element> named = byName.getOrDefault(t, List.of()).stream().filter(wanted::isInstance).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        String kind = wanted == BondgenootPackage.Literals.BETROKKENE ? "actor of netwerk" : Labels.typeOf(wanted).toLowerCase();
        if (named.size() > 1) {
            throw new CellException("de naam '" + t + "' hoort bij " + named.size() + " elementen (" + kind + "); geef de id");
        }
        throw new CellException("geen " + kind + " met id of naam '" + t + "'");
    }
}

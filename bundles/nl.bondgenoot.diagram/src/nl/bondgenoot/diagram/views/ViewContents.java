package nl.bondgenoot.diagram.views;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.bondgenoot.diagram.notation.ViewSelection;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Convenant;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Sturingsrelatie;

/**
 * The boxes a view draws (actors, netwerken, convenanten) in a model as it now is: everything, the
 * chosen elements that still exist, or those around the chosen ones. "Around, n steps" follows the
 * map's lines in either direction (sturingsrelaties, lidmaatschappen, convenantpartners): a
 * breadth-first search over at most a few thousand boxes, a dozen lines of code, where a graph
 * library would add a dependency to every headless command for nothing else.
 */
public final class ViewContents {

    private ViewContents() {
    }

    /** The drawn elements, in the model's order (convenanten, netwerken, actoren). */
    public static Set<Element> of(Governancemodel model, ViewSelection selection) {
        List<Element> boxes = boxes(model);
        if (selection.kind() == ViewSelection.Kind.ALLES) {
            return new LinkedHashSet<>(boxes);
        }
        Map<String, Element> byId = new HashMap<>();
        boxes.forEach(e -> byId.put(e.getId(), e));
        Set<Element> chosen = new LinkedHashSet<>();
        selection.elements().stream().map(byId::get).filter(e -> e != null).forEach(chosen::add);
        Set<Element> reached = selection.kind() == ViewSelection.Kind.ROND ? around(model, chosen, selection.steps()) : chosen;
        Set<Element> ordered = new LinkedHashSet<>();
        boxes.stream().filter(reached::contains).forEach(ordered::add);
        return ordered;
    }

    /** Every element reachable from the start in at most {@code steps} lines. */
    static Set<Element> around(Governancemodel model, Set<Element> start, int steps) {
        Map<Element, List<Element>> neighbours = neighbours(model);
        Set<Element> reached = new LinkedHashSet<>(start);
        Deque<Element> frontier = new ArrayDeque<>(start);
        for (int step = 0; step < steps && !frontier.isEmpty(); step++) {
            Deque<Element> next = new ArrayDeque<>();
            for (Element element : frontier) {
                for (Element neighbour : neighbours.getOrDefault(element, List.of())) {
                    if (reached.add(neighbour)) {
                        next.add(neighbour);
                    }
                }
            }
            frontier = next;
        }
        return reached;
    }

    /** The lines of the map, both ways. */
    private static Map<Element, List<Element>> neighbours(Governancemodel model) {
        Map<Element, List<Element>> neighbours = new HashMap<>();
        for (Sturingsrelatie relatie : model.getSturingsrelaties()) {
            if (relatie.getVan() != null && relatie.getNaar() != null) {
                link(neighbours, relatie.getVan(), relatie.getNaar());
            }
        }
        for (Netwerk netwerk : model.getNetwerken()) {
            for (Actor lid : netwerk.getLeden()) {
                link(neighbours, netwerk, lid);
            }
        }
        for (Convenant convenant : model.getConvenanten()) {
            for (Actor partner : convenant.getPartners()) {
                link(neighbours, convenant, partner);
            }
        }
        return neighbours;
    }

    private static void link(Map<Element, List<Element>> neighbours, Element a, Element b) {
        neighbours.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
        neighbours.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
    }

    private static List<Element> boxes(Governancemodel model) {
        List<Element> boxes = new ArrayList<>(model.getConvenanten());
        boxes.addAll(model.getNetwerken());
        boxes.addAll(model.getActoren());
        return boxes;
    }
}

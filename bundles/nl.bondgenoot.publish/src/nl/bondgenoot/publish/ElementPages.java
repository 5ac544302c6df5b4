package nl.bondgenoot.publish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

import nl.bondgenoot.diagram.model.DrawnIds;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.provider.custom.BondgenootAdapterFactory;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * A page per element of a file: its properties with the labels the workbench's Eigenschappen shows
 * (the model's item providers), references to other elements as links, what refers to it, its parts,
 * and its findings with rule id, severity, rule text and source.
 */
final class ElementPages {

    private final BondgenootAdapterFactory labels = new BondgenootAdapterFactory();
    private final PageIndex pages;

    ElementPages(PageIndex pages) {
        this.pages = pages;
    }

    /** The elements of the file that get a page, in the file's order. */
    static List<Element> elements(SourceFile source) {
        List<Element> elements = new ArrayList<>();
        if (source.model == null || source.model.eResource() == null) {
            return elements;
        }
        for (TreeIterator<EObject> all = source.model.eResource().getAllContents(); all.hasNext();) {
            if (all.next() instanceof Element element && element != source.model) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** Gives every element of the file its page path. */
    void assign(SourceFile source, SitePaths paths) {
        for (Element element : elements(source)) {
            String name = element.getNaam() == null || element.getNaam().isBlank() ? DrawnIds.of(element) : element.getNaam();
            pages.put(source.file, element, paths.page(source.folder, "e-", Labels.typeOf(element.eClass()) + "-" + name));
        }
    }

    List<Page> write(SourceFile source, String project, SearchIndex search) {
        Map<EObject, List<EObject[]>> referrers = referrers(source);
        Map<String, List<SiteFinding>> findings = new HashMap<>();
        source.findings.stream().filter(f -> f.file().equals(source.file.toAbsolutePath().normalize()))
                .forEach(f -> findings.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f));
        List<Page> written = new ArrayList<>();
        for (Element element : elements(source)) {
            String path = pages.of(element).orElseThrow();
            Page page = new Page(path, ElementLabels.label(element), project);
            page.append("<p class=\"bron\">In " + Html.link(page.href(source.index()), source.title()) + " ("
                    + Html.esc(source.shown) + lineText(element) + ")</p>\n");
            List<SiteFinding> own = findings.getOrDefault(DrawnIds.of(element), List.of());
            properties(page, element);
            parts(page, element);
            referredBy(page, referrers.getOrDefault(element, List.of()));
            page.append(FindingTable.html(page, own, pages, false));
            written.add(page);
            StringBuilder words = new StringBuilder();
            words.append(element.getId() == null ? "" : element.getId()).append(' ')
                    .append(element.getBeschrijving() == null ? "" : element.getBeschrijving());
            own.forEach(f -> words.append(' ').append(f.finding().text()));
            search.add(Labels.typeOf(element.eClass()), ElementLabels.label(element), path, words.toString());
        }
        return written;
    }

    private static String lineText(EObject element) {
        int line = nl.bondgenoot.agenda.ProjectFiles.lineOf(element);
        return line > 0 ? ", regel " + line : "";
    }

    private void properties(Page page, Element element) {
        IItemPropertySource source = (IItemPropertySource) labels.adapt(element, IItemPropertySource.class);
        List<IItemPropertyDescriptor> descriptors = source == null ? null : source.getPropertyDescriptors(element);
        if (descriptors == null || descriptors.isEmpty()) {
            return;
        }
        page.append("<h2>Eigenschappen</h2>\n<table class=\"eigenschappen\">\n");
        for (IItemPropertyDescriptor descriptor : descriptors) {
            Object feature = descriptor.getFeature(element);
            String value;
            if (feature instanceof EReference reference) {
                value = links(page, values(element.eGet(reference)));
            } else {
                value = Html.esc(attributeText(descriptor, element, feature instanceof EStructuralFeature f ? element.eGet(f) : null));
            }
            page.append("<tr><th>" + Html.esc(descriptor.getDisplayName(element)) + "</th><td>"
                    + (value.isBlank() ? "<span class=\"leeg\">niet ingevuld</span>" : value) + "</td></tr>\n");
        }
        page.append("</table>\n");
    }

    /** A value as the workbench's Eigenschappen shows it: the model's Dutch labels, ja/nee, each of several values. */
    private static String attributeText(IItemPropertyDescriptor descriptor, Element element, Object value) {
        if (value instanceof Collection<?> many) {
            List<String> each = new ArrayList<>();
            many.forEach(v -> each.add(attributeText(descriptor, element, v)));
            return String.join(", ", each);
        }
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return yes ? "ja" : "nee";
        }
        if (value instanceof org.eclipse.emf.common.util.Enumerator literal) {
            return Labels.of(literal);
        }
        return descriptor.getLabelProvider(element).getText(value);
    }

    private void parts(Page page, Element element) {
        List<EObject> parts = element.eContents();
        if (parts.isEmpty()) {
            return;
        }
        page.append("<h2>Onderdelen</h2>\n<ul class=\"onderdelen\">\n");
        for (EObject part : parts) {
            page.append("<li>" + link(page, part) + "</li>\n");
        }
        page.append("</ul>\n");
    }

    private void referredBy(Page page, List<EObject[]> referrers) {
        if (referrers.isEmpty()) {
            return;
        }
        page.append("<h2>Verwijzingen naar dit element</h2>\n<ul class=\"verwijzingen\">\n");
        for (EObject[] referrer : referrers) {
            EReference reference = (EReference) referrer[1];
            page.append("<li>" + link(page, referrer[0]) + " <span class=\"via\">(" + Html.esc(featureName(referrer[0], reference))
                    + ")</span></li>\n");
        }
        page.append("</ul>\n");
    }

    private String featureName(EObject owner, EReference reference) {
        IItemPropertySource source = (IItemPropertySource) labels.adapt(owner, IItemPropertySource.class);
        IItemPropertyDescriptor descriptor = source == null ? null : source.getPropertyDescriptor(owner, reference);
        return descriptor == null ? reference.getName() : descriptor.getDisplayName(owner);
    }

    private String links(Page page, List<EObject> targets) {
        List<String> links = new ArrayList<>();
        targets.forEach(t -> links.add(link(page, t)));
        return String.join(", ", links);
    }

    /** A link to the element's page, or its label where it has none (a part without an id of its own). */
    String link(Page page, EObject target) {
        String text = text(target);
        return pages.of(target).map(p -> Html.link(page.href(p), text)).orElse(Html.esc(text));
    }

    String text(EObject object) {
        IItemLabelProvider provider = (IItemLabelProvider) labels.adapt(object, IItemLabelProvider.class);
        String text = provider == null ? null : provider.getText(object);
        return text == null || text.isBlank() ? ElementLabels.label(object) : text;
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> values(Object value) {
        if (value instanceof Collection<?> many) {
            return new ArrayList<>((Collection<EObject>) many);
        }
        return value instanceof EObject one ? List.of(one) : List.of();
    }

    /** Who refers to what in this file (references that are not containment): one pass over the file. */
    private static Map<EObject, List<EObject[]>> referrers(SourceFile source) {
        Map<EObject, List<EObject[]>> referrers = new LinkedHashMap<>();
        if (source.model == null || source.model.eResource() == null) {
            return referrers;
        }
        for (TreeIterator<EObject> all = source.model.eResource().getAllContents(); all.hasNext();) {
            EObject object = all.next();
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
                    continue;
                }
                for (EObject target : values(object.eGet(reference, false))) {
                    if (!target.eIsProxy()) {
                        referrers.computeIfAbsent(target, t -> new ArrayList<>()).add(new EObject[] { object, reference });
                    }
                }
            }
        }
        return referrers;
    }
}

package nl.bondgenoot.rules.domeinmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.engine.RuleCatalogue;

/**
 * The metamodel as users read it (docs/domeinmodel.md and the Handleiding's Domeinmodel page): each
 * class and enumeration with the documentation the ecore gives it, and which rules read each feature
 * and literal ({@link RuleReads}).
 */
public final class Domeinmodel {

    private static final Comparator<String> RULE_ORDER = RuleCatalogue.ID_ORDER;

    private final EPackage ePackage;
    private final Map<String, RuleReads.Reads> readsPerRule = new TreeMap<>(RULE_ORDER);

    private Domeinmodel(EPackage ePackage, List<Rule<?>> rules) {
        this.ePackage = ePackage;
        RuleReads reads = new RuleReads(ePackage);
        rules.forEach(rule -> readsPerRule.put(rule.info().id(), reads.of(rule)));
    }

    /** Bondgenoot's metamodel, read by these rules. */
    public static Domeinmodel of(List<Rule<?>> rules) {
        return new Domeinmodel(BondgenootPackage.eINSTANCE, rules);
    }

    public String nsUri() {
        return ePackage.getNsURI();
    }

    public String documentation() {
        return documentation(ePackage);
    }

    public List<EClass> classes() {
        return ePackage.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast).toList();
    }

    public List<EEnum> enumerations() {
        return ePackage.getEClassifiers().stream().filter(EEnum.class::isInstance).map(EEnum.class::cast).toList();
    }

    /** The data types of the model's own that are no enumeration, such as ActorSoortId. */
    public List<EDataType> dataTypes() {
        return ePackage.getEClassifiers().stream().filter(c -> c instanceof EDataType && !(c instanceof EEnum))
                .map(EDataType.class::cast).toList();
    }

    /** The ecore's documentation of an element, or the empty string. */
    public static String documentation(EModelElement element) {
        String doc = EcoreUtil.getDocumentation(element);
        return doc == null ? "" : doc.strip();
    }

    /** The documentation, or that the metamodel gives none. */
    public static String explanation(EModelElement element) {
        String doc = documentation(element);
        return doc.isEmpty() ? "(geen toelichting in het metamodel)" : doc;
    }

    /** "Actor.categorie, Netwerk.leden", and whether the rule also reads features by name. */
    public static String featuresRead(RuleReads.Reads reads) {
        String features = reads.features().stream().map(Domeinmodel::name).sorted().collect(Collectors.joining(", "));
        return reads.byName().map(c -> (features.isEmpty() ? "" : features + "; ") + "kenmerken van " + c.getName()
                + " bij naam, uit zijn parameters").orElse(features);
    }

    /** "ActorCategorie.BURGER, Netwerkvorm.NAO" */
    public static String literalsRead(RuleReads.Reads reads) {
        return reads.literals().stream().map(l -> l.getEEnum().getName() + "." + l.getName()).sorted()
                .collect(Collectors.joining(", "));
    }

    /** What each rule reads, in catalogue order. */
    public Map<String, RuleReads.Reads> readsPerRule() {
        return readsPerRule;
    }

    /** The rules that read this feature, in catalogue order. */
    public Set<String> readers(EStructuralFeature feature) {
        return rulesWhere(reads -> reads.features().contains(feature));
    }

    /** The rules that read any feature this class declares. */
    public Set<String> readers(EClass eClass) {
        Set<String> ids = new TreeSet<>(RULE_ORDER);
        eClass.getEStructuralFeatures().forEach(f -> ids.addAll(readers(f)));
        return ids;
    }

    /** The rules that compare with this literal. */
    public Set<String> readers(EEnumLiteral literal) {
        return rulesWhere(reads -> reads.literals().contains(literal));
    }

    private Set<String> rulesWhere(Predicate<RuleReads.Reads> test) {
        Set<String> ids = new TreeSet<>(RULE_ORDER);
        readsPerRule.forEach((id, reads) -> {
            if (test.test(reads)) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** "Actor.soort" */
    public static String name(EStructuralFeature feature) {
        return feature.getEContainingClass().getName() + "." + feature.getName();
    }

    /** The feature's type in words: Ecore's data types in Dutch, classes and enumerations by name. */
    public static String type(EStructuralFeature feature) {
        EClassifier type = feature.getEType();
        String name = type.getEPackage() == EcorePackage.eINSTANCE ? switch (type.getName()) {
            case "EString" -> "tekst";
            case "EBoolean", "EBooleanObject" -> "ja/nee";
            case "EInt", "EIntegerObject", "ELong", "ELongObject" -> "geheel getal";
            case "EDouble", "EDoubleObject", "EFloat", "EBigDecimal" -> "getal";
            case "EDate" -> "datum";
            default -> type.getName();
        } : type.getName();
        List<String> notes = new ArrayList<>();
        if (feature instanceof EReference reference && reference.isContainment()) {
            notes.add("bevat");
        }
        if (feature.isDerived()) {
            notes.add("afgeleid");
        }
        return notes.isEmpty() ? name : name + " (" + String.join(", ", notes) + ")";
    }

    /** "0..1", "1", "0..*" */
    public static String multiplicity(EStructuralFeature feature) {
        String upper = feature.getUpperBound() < 0 ? "*" : String.valueOf(feature.getUpperBound());
        return feature.getLowerBound() == feature.getUpperBound() ? upper : feature.getLowerBound() + ".." + upper;
    }

    /** What an unset single attribute reads as (an enumeration's first literal unless the ecore says otherwise). */
    public static String defaultValue(EStructuralFeature feature) {
        if (!(feature instanceof EAttribute) || feature.isMany() || feature.getDefaultValue() == null) {
            return "";
        }
        Object value = feature.getDefaultValue();
        return value instanceof Boolean b ? (b ? "ja" : "nee") : String.valueOf(value);
    }

    /** Classes, features, enumerations and literals the ecore gives no documentation, as "Actor.soort". */
    public List<String> undocumented() {
        List<String> missing = new ArrayList<>();
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (documentation(classifier).isEmpty()) {
                missing.add(classifier.getName());
            }
            if (classifier instanceof EClass eClass) {
                eClass.getEStructuralFeatures().stream().filter(f -> documentation(f).isEmpty()).map(Domeinmodel::name)
                        .forEach(missing::add);
            } else if (classifier instanceof EEnum eEnum) {
                eEnum.getELiterals().stream().filter(l -> documentation(l).isEmpty())
                        .map(l -> eEnum.getName() + "." + l.getName()).forEach(missing::add);
            }
        }
        return missing;
    }
}

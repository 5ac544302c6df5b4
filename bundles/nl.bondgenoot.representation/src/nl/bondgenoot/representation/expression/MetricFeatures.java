package nl.bondgenoot.representation.expression;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.bondgenoot.analysis.Modelmaten;
import nl.bondgenoot.analysis.maten.Actorcijfers;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.tijd.Peildatum;

/**
 * The network metrics of {@code nl.bondgenoot.analysis} as derived features of an actor, contributed
 * through {@value DerivedFeatures#EXTENSION_POINT} like any other bundle's, so a description can size or
 * colour actors by them ({@code "schaal": { "waarde": "betweenness" }}, {@code "als": "snijpunt"}). They
 * are the whole model's figures today (every sturingsrelatie that holds), computed once per model
 * revision ({@link Modelmaten}), not per node.
 */
public final class MetricFeatures implements DerivedFeatureProvider {

    @Override
    public List<DerivedFeature> derivedFeatures() {
        return List.of(
                number("graad", "Met hoeveel andere actoren de actor een sturingsrelatie heeft, welke kant op ook (netwerkanalyse, heel model).",
                        c -> (double) c.graad()),
                number("ingraad", "Door hoeveel actoren de actor gestuurd wordt (netwerkanalyse, heel model).",
                        c -> (double) c.ingraad()),
                number("uitgraad", "Hoeveel actoren de actor stuurt (netwerkanalyse, heel model).", c -> (double) c.uitgraad()),
                number("betweenness", "Het aandeel van de paren andere actoren waarvan de kortste verbinding via deze actor loopt, 0-1 (netwerkanalyse, heel model, ongericht).",
                        Actorcijfers::betweenness),
                number("nabijheid", "(n-1) gedeeld door de som van de afstanden tot de anderen, 0-1; 0 als het model uit losse delen bestaat (netwerkanalyse, heel model).",
                        Actorcijfers::closeness),
                number("harmonisch", "Harmonische nabijheid: het gemiddelde van 1/afstand tot de andere actoren, 0-1; ook in een model van losse delen (netwerkanalyse, heel model).",
                        Actorcijfers::harmonisch),
                number("eigenvector", "Eigenvectorcentraliteit: hoe centraal de actor is, gewogen naar hoe centraal zijn buren zijn (lengte 1 over alle actoren).",
                        Actorcijfers::eigenvector),
                new DerivedFeature(BondgenootPackage.eINSTANCE.getActor(), "snijpunt", Type.BOOLEAN,
                        "Waar als het wegvallen van de actor het netwerk van sturingsrelaties in stukken breekt (netwerkanalyse, heel model).",
                        (e, c) -> cijfers(e) != null && cijfers(e).snijpunt()),
                new DerivedFeature(BondgenootPackage.eINSTANCE.getActor(), "centraliteitTekst", Type.TEXT,
                        "Betweenness en graad in woorden, voor een label: 'betweenness 0,67 · graad 3'.",
                        (e, c) -> {
                            Actorcijfers cijfers = cijfers(e);
                            return cijfers == null ? "" : String.format(Locale.forLanguageTag("nl"),
                                    "betweenness %.2f · graad %d", cijfers.betweenness(), cijfers.graad());
                        }));
    }

    private static DerivedFeature number(String name, String documentation, Function<Actorcijfers, Double> value) {
        return new DerivedFeature(BondgenootPackage.eINSTANCE.getActor(), name, Type.NUMBER, documentation, (e, c) -> {
            Actorcijfers cijfers = cijfers(e);
            return cijfers == null ? 0d : value.apply(cijfers);
        });
    }

    private static Actorcijfers cijfers(EObject element) {
        if (!(EcoreUtil.getRootContainer(element) instanceof Governancemodel model)) {
            return null;
        }
        return Modelmaten.van(model, Peildatum.vandaag()).van((Actor) element).orElse(null);
    }
}

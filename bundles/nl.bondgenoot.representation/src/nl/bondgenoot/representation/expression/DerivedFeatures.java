package nl.bondgenoot.representation.expression;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Financieringsstroom;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkvorm;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.labels.ElementTexts;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.soorten.Sturingsfamilies;
import nl.bondgenoot.rules.builtin.ActorKinds;

/**
 * The derived features every description can use, as Sirius descriptions call Java services: each
 * computes something the metamodel does not store, once, for every representation. A description
 * uses them like any feature: {@code familie == 'financieel'}, {@code isGemeente}.
 */
public final class DerivedFeatures {

    private static final BondgenootPackage P = BondgenootPackage.eINSTANCE;

    /** Where other bundles contribute derived features ({@link DerivedFeatureProvider}). */
    public static final String EXTENSION_POINT = "nl.bondgenoot.representation.derivedFeatures";

    private static final List<DerivedFeature> BUILT_IN = List.of(
            new DerivedFeature(P.getElement(), "ergsteBevinding", Type.TEXT,
                    "De zwaarste regelbevinding op het element: 'FOUT', 'WAARSCHUWING', 'INFO' of '' (geen).",
                    (e, c) -> c.worstFinding().apply(e)),
            new DerivedFeature(P.getActor(), "soortLabel", Type.TEXT,
                    "De soort zoals de gebruiker hem ziet: het label van een bekende actorsoort, anders de vrije tekst, anders de categorie.",
                    (e, c) -> soortLabel((Actor) e)),
            new DerivedFeature(P.getActor(), "isGemeente", Type.BOOLEAN,
                    "Waar als de actor van een gemeentelijke actorsoort is: gemeente, centrumgemeente, gemeenschappelijke regeling of een onderdeel (afdeling, college, raad, wethouder, ...), of onderdeel van zo'n actor (via 'onderdeel van'). De soort telt, niet de naam.",
                    (e, c) -> ActorKinds.hoortBijGemeente((Actor) e)),
            new DerivedFeature(P.getActor(), "isRegisseur", Type.BOOLEAN,
                    "Waar als de actor netwerkregisseur is van een netwerk in het model.",
                    (e, c) -> !regisseurVan((Actor) e).isEmpty()),
            new DerivedFeature(P.getActor(), "isLeidend", Type.BOOLEAN,
                    "Waar als de actor de leidende organisatie is van een netwerk in het model.",
                    (e, c) -> !leidendVan((Actor) e).isEmpty()),
            new DerivedFeature(P.getActor(), "regisseurTitels", Type.TEXT.asMany(),
                    "Per netwerk dat de actor regisseert: 'NAO-regisseur' (netwerkvorm NAO) of 'Netwerkregisseur'.",
                    (e, c) -> regisseurVan((Actor) e).stream()
                            .map(n -> n.getVorm() == Netwerkvorm.NAO ? "NAO-regisseur" : "Netwerkregisseur").toList()),
            new DerivedFeature(P.getActor(), "leidendTitels", Type.TEXT.asMany(),
                    "Per netwerk waarvan de actor leidende organisatie is: 'Leidende organisatie'.",
                    (e, c) -> leidendVan((Actor) e).stream().map(n -> "Leidende organisatie").toList()),
            new DerivedFeature(P.getActor(), "gemeenteRollen", Type.TEXT,
                    "De rollen van de actor in de netwerken van het model, elk één keer: 'regisseur, financier' ('' als er geen zijn); bij een gemeente ook de rollen van de gemeente in de netwerken waarvan zij lid is, met hun fase: 'onderhandelaar (verkenning)'.",
                    (e, c) -> rollen((Actor) e)),
            new DerivedFeature(P.getNetwerk(), "gemeenterollenTekst", Type.TEXT,
                    "De rollen van de gemeente in het netwerk met hun fase: 'regisseur (verkenning), partner' ('' als ze niet zijn vastgelegd).",
                    (e, c) -> ElementTexts.gemeenterollen(((Netwerk) e).getGemeenterollen())),
            new DerivedFeature(P.getActor(), "netwerken", Type.elements(P.getNetwerk()),
                    "De netwerken in het model waarvan de actor lid is.",
                    (e, c) -> model(e).map(m -> m.getNetwerken().stream().filter(n -> n.getLeden().contains(e)).toList())
                            .orElse(List.of())),
            new DerivedFeature(P.getActor(), "aantalRelaties", Type.NUMBER,
                    "Het aantal sturingsrelaties van of naar de actor in het model (een getal, voor 'als' en 'schaal').",
                    (e, c) -> (double) model(e).map(m -> m.getSturingsrelaties().stream()
                            .filter(r -> r.getVan() == e || r.getNaar() == e).count()).orElse(0L)),
            new DerivedFeature(P.getSturingsrelatie(), "familie", Type.TEXT,
                    "De familie van instrumenten van de soort (S3 Figuur 1): 'hierarchisch', 'financieel', 'markt', 'samenwerking' of 'invloed'; 'onbekend' zolang de soort niet is ingevuld.",
                    (e, c) -> Sturingsfamilies.familieVan(((Sturingsrelatie) e).getSoort())),
            new DerivedFeature(P.getFinancieringsstroom(), "omschrijving", Type.TEXT,
                    "Instrument · kader · bedrag, zoals het label op de netwerkkaart: 'subsidie · Wmo · € 12.000'; 'financiering' zolang niets daarvan bekend is.",
                    (e, c) -> ElementTexts.financiering((Financieringsstroom) e)),
            new DerivedFeature(P.getSturingsrelatie(), "omschrijving", Type.TEXT,
                    "Soort · fase · doorzettingsmacht, zoals het label op de netwerkkaart: 'subsidie · uitvoering · doorzettingsmacht: heeft wel'.",
                    (e, c) -> ElementTexts.sturingsrelatie((Sturingsrelatie) e)));

    private DerivedFeatures() {
    }

    private static volatile List<DerivedFeature> all;

    /** The built-in derived features, then those contributed through {@value #EXTENSION_POINT}. */
    public static List<DerivedFeature> all() {
        List<DerivedFeature> features = all;
        if (features == null) {
            features = withContributions(BUILT_IN, contributed());
            all = features;
        }
        return features;
    }

    /** The derived features an element of this class has (its own and its superclasses'). */
    public static List<DerivedFeature> of(EClass owner) {
        return all().stream().filter(d -> d.owner().isSuperTypeOf(owner)).toList();
    }

    /**
     * The features with the contributed ones added; a contributed name that an owner already has (as a
     * feature of the metamodel or a derived one) is left out, with a message, so a contribution never
     * changes what an existing description means.
     */
    static List<DerivedFeature> withContributions(List<DerivedFeature> features, List<DerivedFeature> contributed) {
        List<DerivedFeature> result = new java.util.ArrayList<>(features);
        for (DerivedFeature feature : contributed) {
            boolean taken = feature.owner().getEStructuralFeature(feature.name()) != null || result.stream()
                    .anyMatch(d -> d.name().equals(feature.name())
                            && (d.owner().isSuperTypeOf(feature.owner()) || feature.owner().isSuperTypeOf(d.owner())));
            if (taken) {
                System.err.println("Afgeleide eigenschap '" + feature.name() + "' van " + feature.owner().getName()
                        + " bestaat al; de bijdrage wordt niet gebruikt");
            } else {
                result.add(feature);
            }
        }
        return List.copyOf(result);
    }

    private static List<DerivedFeature> contributed() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return List.of();
        }
        List<DerivedFeature> features = new java.util.ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                features.addAll(((DerivedFeatureProvider) element.createExecutableExtension("class")).derivedFeatures());
            } catch (CoreException | RuntimeException e) {
                // A broken contribution must not take the built-in features down with it.
                System.err.println("Afgeleide eigenschappen van " + element.getContributor().getName()
                        + " konden niet worden geladen: " + e.getMessage());
            }
        }
        return features;
    }

    public static Optional<DerivedFeature> find(EClass owner, String name) {
        return of(owner).stream().filter(d -> d.name().equals(name)).findFirst();
    }

    private static Optional<Governancemodel> model(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Governancemodel model) {
                return Optional.of(model);
            }
        }
        return Optional.empty();
    }

    private static List<Netwerk> regisseurVan(Actor actor) {
        return model(actor).map(m -> m.getNetwerken().stream()
                .filter(n -> n.getRegisseur() != null && n.getRegisseur().getActor() == actor).toList()).orElse(List.of());
    }

    private static List<Netwerk> leidendVan(Actor actor) {
        return model(actor).map(m -> m.getNetwerken().stream().filter(n -> n.getLeidendeOrganisatie() == actor).toList())
                .orElse(List.of());
    }

    /**
     * The actor's roles in networks and the gemeenterollen it plays, each once ("regisseur" as a rol and
     * as a gemeenterol is one word on the map): a gemeenterol that names the actor, and one that names
     * no gemeente in a network the actor, a gemeente, is a member of.
     */
    private static String rollen(Actor actor) {
        boolean gemeente = ActorKinds.isGemeente(actor);
        java.util.Set<String> rollen = new java.util.LinkedHashSet<>();
        String eigen = ElementTexts.rollen(actor);
        if (!eigen.isEmpty()) {
            rollen.addAll(List.of(eigen.split(", ")));
        }
        model(actor).ifPresent(m -> m.getNetwerken().forEach(n -> n.getGemeenterollen().stream()
                .filter(r -> r.getGemeente() == actor || r.getGemeente() == null && gemeente && n.getLeden().contains(actor))
                .map(ElementTexts::gemeenterol).forEach(rollen::add)));
        return String.join(", ", rollen);
    }

    private static String soortLabel(Actor actor) {
        if (actor.getSoort() != null) {
            return actor.getSoort().label();
        }
        return actor.getCategorie() == ActorCategorie.ONBEKEND ? "categorie onbekend" : Labels.of(actor.getCategorie());
    }
}

package nl.bondgenoot.model.persistence;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Doelsoort;
import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.IndicatorSoort;
import nl.bondgenoot.model.KapitaalgoedSoort;
import nl.bondgenoot.model.OrgaanSoort;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.soorten.ActorSoort;
import nl.bondgenoot.model.soorten.ActorSoortId;
import nl.bondgenoot.model.soorten.ActorSoorten;
import nl.bondgenoot.model.tijd.TekstPeriode;

/**
 * The versions of the model file format. A file names its version in its namespace
 * ({@code https://bondgenoot.nl/model/2.0}); files of an earlier version are read into the
 * current model (migrated on load) and written in the current version only when the user saves.
 * <p>
 * A file leaves out an attribute that has its default value, so a change of what an absent value
 * means (a new first literal such as ONBEKEND) is a change of the format: it needs a new version
 * here and a migration that writes the old meaning out for files of the older versions. (While
 * 2.0 is unreleased, its only files are the examples: they are regenerated from their 1.0 copies
 * in the model tests' data/versie-1.0 through load and save instead; after a release, use 2.1.)
 */
public final class FormatVersions {

    /** The namespace of files written before metamodel 2 (issue 14). */
    public static final String NAMESPACE_1_0 = "https://bondgenoot.nl/model/1.0";

    /** The older namespaces this version reads, with the version each names. */
    private static final Map<String, String> OLDER = Map.of(NAMESPACE_1_0, "1.0");

    private FormatVersions() {
    }

    /** The version the product writes, e.g. "2.0". */
    public static String current() {
        return version(BondgenootPackage.eNS_URI);
    }

    /** The common start of every Bondgenoot namespace, before the version. */
    private static final String BASE = "https://bondgenoot.nl/model/";

    /**
     * The version a Bondgenoot namespace this product cannot read names (a newer one, e.g. "3.0"),
     * or null when the namespace is readable or no Bondgenoot namespace.
     */
    public static String unreadableVersion(String namespace) {
        return namespace != null && namespace.startsWith(BASE) && !namespace.equals(BondgenootPackage.eNS_URI)
                && olderVersion(namespace) == null ? version(namespace) : null;
    }

    /** The versions this product reads, oldest first, e.g. "1.0 en 2.0". */
    public static String readable() {
        return OLDER.values().stream().sorted().reduce((a, b) -> a + ", " + b).map(o -> o + " en ").orElse("") + current();
    }

    /** The version an older namespace names, or null when it is no older Bondgenoot namespace. */
    static String olderVersion(String namespace) {
        return namespace == null ? null : OLDER.get(namespace);
    }

    /** The package a file of an older namespace is read into, or null when the namespace is not an older one. */
    static EPackage packageForOlder(String namespace) {
        return olderVersion(namespace) == null ? null : BondgenootPackage.eINSTANCE;
    }

    /**
     * What an absent attribute meant in version 1.0 where version 2.0 reads it as ONBEKEND: EMF
     * leaves a default value out of a file, so in 1.0 "no soort" was the enumeration's first
     * literal. The migration writes that meaning out, so that a 1.0 file says in 2.0 what it said.
     */
    private static final Map<EAttribute, Enumerator> DEFAULTS_OF_1_0 = Map.of(
            BondgenootPackage.Literals.KAPITAALGOED__SOORT, KapitaalgoedSoort.GELD,
            BondgenootPackage.Literals.EFFECT__SOORT, Doelsoort.OUTCOME,
            BondgenootPackage.Literals.INDICATOR__SOORT, IndicatorSoort.OUTCOME,
            BondgenootPackage.Literals.ORGAAN__SOORT, OrgaanSoort.STUURGROEP,
            BondgenootPackage.Literals.ACTOR__CATEGORIE, ActorCategorie.OVERHEID,
            BondgenootPackage.Literals.STURINGSRELATIE__SOORT, SturingsrelatieSoort.HIERARCHISCH,
            BondgenootPackage.Literals.GOVERNANCETYPERING__TYPE, Governancetype.INTEGRALE_BELEIDSSTURING,
            BondgenootPackage.Literals.ROL__SOORT, RolSoort.ANDERS);

    /** The features of version 1.0 that 2.0 no longer has; a 1.0 file's values of them are migrated. */
    private static final Set<String> REMOVED_IN_2_0 = Set.of(GemeenterolMigration.STURINGSROLLEN_GEMEENTE);

    /**
     * Parts of the model that moved to files of their own, by the element name an older file holds them in,
     * with what the user is told (Dutch). Assessments were contained in the model until issue 16; no example
     * or screen ever wrote one, so a file that still holds one is refused with this message rather than
     * split on load.
     */
    private static final Map<String, String> MOVED_OUT = Map.of("beoordelingen",
            "dit model bevat beoordelingen: die staan sinds issue 16 elk in een eigen .beoordeling-bestand naast het model"
                    + " (Bestand > Nieuw > Beoordeling); haal het element <beoordelingen> uit het model en vul de beoordeling opnieuw in");

    /** What the user is told about an element that moved out of the model into a file of its own; null for others. */
    static String movedOut(String elementName) {
        return MOVED_OUT.get(elementName);
    }

    /** The names of the features a file of this older version may hold that the current version moved. */
    static Set<String> removedFeatures(String olderVersion) {
        return "1.0".equals(olderVersion) ? REMOVED_IN_2_0 : Set.of();
    }

    /**
     * Gives every attribute the 1.0 file left out the value it had in 1.0 (see {@link #DEFAULTS_OF_1_0}),
     * turns a looptijd written as a year or date into a dated periode ({@link TekstPeriode}), makes the
     * free text of an actor's soort the actor kind it names, and turns a netwerk's 1.0 sturingsrollen
     * into gemeenterollen.
     */
    static void keepMeaningOf10(Resource resource, Map<EObject, Map<String, List<String>>> removedValues) {
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject object = it.next();
            TekstPeriode.naarPeriode(object);
            DEFAULTS_OF_1_0.forEach((attribute, old) -> {
                if (attribute.getEContainingClass().isInstance(object) && !object.eIsSet(attribute)) {
                    object.eSet(attribute, old);
                }
            });
            if (object instanceof Actor actor) {
                soortAsKind(actor);
            }
        }
        GemeenterolMigration.migrate(removedValues);
    }

    /**
     * In 1.0 an actor's soort was free text; the rules compared it with "gemeente" in any case. Text
     * that names a kind (its id or label, in any case: "Gemeente ") becomes that kind; other text is
     * kept as it is, and GOV-25 asks for the kind.
     */
    private static void soortAsKind(Actor actor) {
        ActorSoortId soort = actor.getSoort();
        ActorSoort kind = soort == null ? null : ActorSoorten.named(soort.id());
        if (kind != null && !kind.id().equals(soort.id())) {
            actor.setSoort(ActorSoortId.valueOf(kind.id()));
        }
    }

    /**
     * Attributes of 1.0 that hold one text where 2.0 holds a list under a new name: the old text
     * becomes the list's one entry (read whole, not split at its spaces as a list attribute would be).
     */
    private static final Map<String, EAttribute> TO_LIST_OF_1_0 = Map.of(
            "Netwerk.gedeeldeUitkomst", BondgenootPackage.Literals.NETWERK__GEDEELDE_UITKOMSTEN);

    /**
     * Reads an XML attribute of a 1.0 file that 2.0 turned into a list (see {@link #TO_LIST_OF_1_0});
     * false when the attribute is no such one.
     */
    @SuppressWarnings("unchecked")
    static boolean readListAttributeOf10(EObject object, String name, String value) {
        EAttribute list = TO_LIST_OF_1_0.get(object.eClass().getName() + "." + name);
        if (list == null) {
            return false;
        }
        if (value != null && !value.isBlank()) {
            ((List<Object>) object.eGet(list)).add(value);
        }
        return true;
    }

    /** The version of the file format the resource was read from when that was an older one; null otherwise. */
    public static String migratedFrom(Resource resource) {
        return resource instanceof LineTrackingResource lines ? lines.getMigratedFrom() : null;
    }

    /** Notes that the resource's own file was written, and so is of the current version now. */
    static void written(Resource resource) {
        if (resource instanceof LineTrackingResource lines) {
            lines.writtenInCurrentVersion();
        }
    }

    private static String version(String namespace) {
        return namespace.substring(namespace.lastIndexOf('/') + 1);
    }
}

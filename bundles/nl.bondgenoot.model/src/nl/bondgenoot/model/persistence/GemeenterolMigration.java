package nl.bondgenoot.model.persistence;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Gemeenterol;
import nl.bondgenoot.model.GemeenterolSoort;
import nl.bondgenoot.model.Netwerk;

/**
 * Version 1.0 gave a netwerk a closed list {@code sturingsrollenGemeente} (S3:628-654); 2.0 gives it
 * gemeenterollen, role objects with a fase. Each 1.0 sturingsrol becomes a gemeenterol of the same
 * soort whose fase is onbekend (1.0 did not say in which fase), so it counts in every fase as before.
 */
final class GemeenterolMigration {

    static final String STURINGSROLLEN_GEMEENTE = "sturingsrollenGemeente";

    private GemeenterolMigration() {
    }

    /** Turns the 1.0 sturingsrollen the file gave each netwerk into gemeenterollen, in file order. */
    static void migrate(Map<EObject, Map<String, List<String>>> removedValues) {
        removedValues.forEach((object, values) -> {
            if (object instanceof Netwerk netwerk) {
                values.getOrDefault(STURINGSROLLEN_GEMEENTE, List.of()).forEach(literal -> add(netwerk, literal));
            }
        });
    }

    private static void add(Netwerk netwerk, String literal) {
        GemeenterolSoort soort = GemeenterolSoort.get(literal);
        Gemeenterol rol = BondgenootFactory.eINSTANCE.createGemeenterol();
        // every 1.0 sturingsrol has a literal of the same name; anything else is kept by its name
        rol.setSoort(soort == null ? GemeenterolSoort.ANDERS : soort);
        if (soort == null) {
            rol.setNaam(literal);
        }
        netwerk.getGemeenterollen().add(rol);
    }
}

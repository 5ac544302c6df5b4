package nl.bondgenoot.diagram.model;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

import nl.bondgenoot.model.Convenant;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;

/**
 * How much the network map draws. The largest maps measured (README, `releng/benchmark.sh diagram`)
 * have 2,000 actors: 3.2-3.5 s to a drawn map, ELK's layered layout 1.7-2.3 s; a 500-actor map is
 * already hard to read. The limit allows 2.5 times that; a larger model (a 50 MB file has 200,000
 * actors) is refused before its map is built, with a Dutch message that says what to do, instead of a
 * page that keeps "loading" while the server runs out of memory.
 */
public final class MapSize {

    /** Actors, netwerken and convenanten: the boxes the layout places. */
    public static final int MAX_NODES = 5_000;
    /** Sturingsrelaties, memberships and partnerships: the lines drawn between them. */
    public static final int MAX_EDGES = 25_000;

    private static final String WHAT_TO_DO = " Valideren (bondgenoot validate) en bewerken in de modeleditor van de werkbank"
            + " gaan wel. Wilt u een deel op de kaart zien, zet dan de netwerken die u wilt zien in een eigen, kleiner model.";

    private MapSize() {
    }

    /** Why the map of this model is not drawn ("file: reason. What to do."), or empty when it can be. */
    public static Optional<String> problem(Path file, Governancemodel model) {
        int nodes = model.getActoren().size() + model.getNetwerken().size() + model.getConvenanten().size();
        long edges = model.getSturingsrelaties().size();
        for (Netwerk netwerk : model.getNetwerken()) {
            edges += netwerk.getLeden().size();
        }
        for (Convenant convenant : model.getConvenanten()) {
            edges += convenant.getPartners().size();
        }
        if (nodes <= MAX_NODES && edges <= MAX_EDGES) {
            return Optional.empty();
        }
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl"));
        return Optional.of(file + ": te groot voor de netwerkkaart: " + number.format(nodes)
                + " actoren, netwerken en convenanten met " + number.format(edges) + " lijnen ertussen; de kaart tekent er hoogstens "
                + number.format(MAX_NODES) + " met " + number.format(MAX_EDGES) + " lijnen." + WHAT_TO_DO);
    }

    /** What is said when the server runs out of memory while it reads or draws the model. */
    public static String outOfMemory(Path file) {
        return file + ": te groot voor de netwerkkaart: het geheugen van de server raakte op bij het lezen"
                + " of tekenen ervan." + WHAT_TO_DO;
    }
}

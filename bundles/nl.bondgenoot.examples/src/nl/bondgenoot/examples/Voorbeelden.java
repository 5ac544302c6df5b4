package nl.bondgenoot.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The example projects the product ships (copied from the repository's examples/ at build time):
 * each is a folder of model files and agendas that a new project can start from.
 */
public final class Voorbeelden {

    /** An example project: its folder in examples/ and what the user reads. */
    public record Voorbeeld(String map, String titel) {
    }

    private static final List<Voorbeeld> ALL = List.of(
            new Voorbeeld("agendas", "Agenda's: huishoudelijke hulp, multiprobleemgezin, zelfredzaamheid"),
            new Voorbeeld("netwerken", "Tien voorbeeldnetwerken uit de bronnen, met de agenda van Peel en Maas"),
            new Voorbeeld("skelet", "OK-team Kamperpoort (klein) met de agenda Zelfredzaam Zwolle"));

    private Voorbeelden() {
    }

    public static List<Voorbeeld> all() {
        return ALL;
    }

    /** Copies the example's files into the folder; an existing file is never overwritten. */
    public static List<Path> copy(Voorbeeld voorbeeld, Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        for (URL url : files(voorbeeld)) {
            String path = url.getPath();
            Path target = folder.resolve(path.substring(path.lastIndexOf('/') + 1));
            if (!Files.exists(target)) {
                try (InputStream in = url.openStream()) {
                    Files.copy(in, target);
                }
                written.add(target);
            }
        }
        if (written.isEmpty() && files(voorbeeld).isEmpty()) {
            throw new IOException("het voorbeeld '" + voorbeeld.titel() + "' ontbreekt in deze installatie");
        }
        return written;
    }

    private static List<URL> files(Voorbeeld voorbeeld) {
        Bundle bundle = FrameworkUtil.getBundle(Voorbeelden.class);
        Enumeration<URL> found = bundle == null ? null : bundle.findEntries("voorbeelden/" + voorbeeld.map(), "*.*", false);
        List<URL> urls = found == null ? new ArrayList<>() : Collections.list(found);
        urls.sort(Comparator.comparing(URL::getPath));
        return urls;
    }
}

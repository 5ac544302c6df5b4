package nl.bondgenoot.representation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.representation.description.Representation;

/**
 * The representations the product ships, as description files in this bundle's
 * {@code representations/} folder. Adding one is adding its file and its id here.
 */
public final class Representations {

    public static final List<String> BUILT_IN = List.of("netwerkkaart", "regiekaart", "agendaketen");

    public static final String NETWERKKAART = "netwerkkaart";

    private static volatile List<Representation> builtIn;

    private Representations() {
    }

    /** The built-in descriptions, read once; a broken one is a defect of the product and fails loudly. */
    public static List<Representation> builtIn() {
        List<Representation> result = builtIn;
        if (result == null) {
            List<Representation> read = new ArrayList<>();
            for (String id : BUILT_IN) {
                read.add(readBuiltIn(id));
            }
            builtIn = result = List.copyOf(read);
        }
        return result;
    }

    public static Representation netwerkkaart() {
        return builtIn().get(0);
    }

    private static Representation readBuiltIn(String id) {
        String path = "representations/" + id + RepresentationReader.EXTENSION;
        try (InputStream in = Representations.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException("built-in description missing: " + path);
            }
            return RepresentationReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), path);
        } catch (IOException | DescriptionException e) {
            throw new IllegalStateException("built-in description " + path + " is broken:\n" + e.getMessage(), e);
        }
    }
}

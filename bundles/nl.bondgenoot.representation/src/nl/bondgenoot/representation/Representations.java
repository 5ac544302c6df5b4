package nl.bondgenoot.representation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.representation.table.TableDescription;

/**
 * The representations the product ships, as description files in this bundle's
 * {@code representations/} folder, diagrams and tables in one format. Adding one is adding its file
 * and its id here.
 */
public final class Representations {

    public static final List<String> BUILT_IN = List.of("netwerkkaart", "regiekaart", "agendaketen", "centraliteit");

    public static final String NETWERKKAART = "netwerkkaart";

    /** The built-in tables, descriptions in the same format with {@code "soort": "tabel"}, in the order the workbench lists them. */
    public static final List<String> BUILT_IN_TABLES = List.of("sturingsrelaties", "actoren");

    private static volatile List<Representation> builtIn;
    private static volatile List<TableDescription> builtInTables;

    private Representations() {
    }

    /** The built-in descriptions, read once; a broken one is a defect of the product and fails loudly. */
    public static List<Representation> builtIn() {
        List<Representation> result = builtIn;
        if (result == null) {
            List<Representation> read = new ArrayList<>();
            for (String id : BUILT_IN) {
                read.add(readBuiltIn(id, RepresentationReader::read));
            }
            builtIn = result = List.copyOf(read);
        }
        return result;
    }

    /** The built-in tables, read once; a broken one is a defect of the product and fails loudly. */
    public static List<TableDescription> builtInTables() {
        List<TableDescription> result = builtInTables;
        if (result == null) {
            List<TableDescription> read = new ArrayList<>();
            for (String id : BUILT_IN_TABLES) {
                read.add(readBuiltIn(id, RepresentationReader::readTable));
            }
            builtInTables = result = List.copyOf(read);
        }
        return result;
    }

    public static Representation netwerkkaart() {
        return builtIn().get(0);
    }

    private interface Reading<T> {
        T read(String text, String file) throws DescriptionException;
    }

    private static <T> T readBuiltIn(String id, Reading<T> reading) {
        String path = "representations/" + id + RepresentationReader.EXTENSION;
        try (InputStream in = Representations.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException("built-in description missing: " + path);
            }
            return reading.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), path);
        } catch (IOException | DescriptionException e) {
            throw new IllegalStateException("built-in description " + path + " is broken:\n" + e.getMessage(), e);
        }
    }
}

package nl.bondgenoot.representation.table;

import nl.bondgenoot.representation.DescriptionException;
import nl.bondgenoot.representation.DescriptionProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tables Bondgenoot ships, read once from the description files in this bundle. A file that
 * cannot be used is left out and its problems kept, so one broken description never takes the
 * other tables with it.
 */
public final class Tables {

    /** The shipped descriptions, in the order the workbench lists them. */
    static final List<String> SHIPPED = List.of("representations/sturingsrelaties.tabel.json", "representations/actoren.tabel.json");

    private static Tables shipped;

    private final List<TableDescription> tables;
    private final List<DescriptionProblem> problems;

    private Tables(List<TableDescription> tables, List<DescriptionProblem> problems) {
        this.tables = List.copyOf(tables);
        this.problems = List.copyOf(problems);
    }

    /** The shipped tables (read on first use). */
    public static synchronized Tables shipped() {
        if (shipped == null) {
            shipped = read(SHIPPED);
        }
        return shipped;
    }

    static Tables read(List<String> entries) {
        List<TableDescription> tables = new ArrayList<>();
        List<DescriptionProblem> problems = new ArrayList<>();
        for (String entry : entries) {
            try (InputStream in = Tables.class.getResourceAsStream("/" + entry)) {
                if (in == null) {
                    problems.add(new DescriptionProblem(entry, 0, "ontbreekt in nl.bondgenoot.representation"));
                    continue;
                }
                TableDescription table = TableDescriptionReader.read(entry, new InputStreamReader(in, StandardCharsets.UTF_8));
                if (tables.stream().anyMatch(other -> other.id().equals(table.id()))) {
                    problems.add(new DescriptionProblem(entry, 0, "er is al een tabel met id '" + table.id() + "'"));
                } else {
                    tables.add(table);
                }
            } catch (DescriptionException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(new DescriptionProblem(entry, 0, "onleesbaar: " + e.getMessage()));
            }
        }
        return new Tables(tables, problems);
    }

    public List<TableDescription> all() {
        return tables;
    }

    public Optional<TableDescription> byId(String id) {
        return tables.stream().filter(table -> table.id().equals(id)).findFirst();
    }

    /** What was wrong in descriptions that were left out; empty when every one was read. */
    public List<DescriptionProblem> problems() {
        return problems;
    }
}

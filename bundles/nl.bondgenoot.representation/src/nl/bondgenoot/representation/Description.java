package nl.bondgenoot.representation;

/**
 * What a description file in the weergave format describes: a diagram
 * ({@link nl.bondgenoot.representation.description.Representation}) or a table
 * ({@link nl.bondgenoot.representation.table.TableDescription}), told apart by its {@code "soort"}.
 */
public interface Description {

    /** Unique among the representations of the product. */
    String id();

    /** The Dutch name the workbench and the browser show. */
    String naam();

    /** Where it was read from, for messages. */
    String file();
}

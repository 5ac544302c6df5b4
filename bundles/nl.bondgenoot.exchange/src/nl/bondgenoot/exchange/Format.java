package nl.bondgenoot.exchange;

/**
 * One contributed exporter or importer: its id, the name used on the command line ({@code --format
 * xlsx}), the file name extension without the dot, the Dutch label users read, and who contributed it.
 */
public record Format(String id, String name, String extension, String label, String contributor) {
}

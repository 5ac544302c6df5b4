package nl.bondgenoot.exchange.csv;

/** The CSV importer as contributed (the same class reads and writes CSV). */
public class CsvImporter extends CsvExporter {
}

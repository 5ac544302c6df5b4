package nl.bondgenoot.exchange.xlsx;

/** The XLSX importer as contributed (the same class reads and writes XLSX). */
public class XlsxImporter extends XlsxExporter {
}

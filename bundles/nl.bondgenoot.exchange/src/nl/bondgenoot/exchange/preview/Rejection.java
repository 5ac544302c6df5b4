package nl.bondgenoot.exchange.preview;

/**
 * A row (or a whole sheet, row 0) that cannot be imported, with the Dutch reason; the column is empty
 * when the reason is about the row. While a preview has rejections, nothing is applied.
 */
public record Rejection(String blad, int rij, String kolom, String reden) {

    /** "Actoren, rij 12, kolom categorie: ..." as the CLI and the workbench say it. */
    public String tekst() {
        StringBuilder s = new StringBuilder(blad);
        if (rij > 0) {
            s.append(", rij ").append(rij);
        }
        if (kolom != null && !kolom.isEmpty()) {
            s.append(", kolom ").append(kolom);
        }
        return s.append(": ").append(reden).toString();
    }
}

package nl.bondgenoot.rules.bronnen;

/**
 * docs/bronnen.md, written from the same data as every annotated citation: the five publications'
 * references and, per publication, its chapters and paragraphs with their lines.
 */
public final class BronnenCatalogue {

    private BronnenCatalogue() {
    }

    public static String markdown() {
        Bronnen bronnen = Bronnen.get();
        StringBuilder md = new StringBuilder("# Bronnen van Bondgenoot\n\n")
                .append("Gegenereerd (`./bondgenoot rules --bronnen`). De regels, begrippen en voorbeelden van Bondgenoot")
                .append(" komen uit vijf publicaties, S0 tot en met S4. Een bron als `S2:2258-2260` noemt regels van de")
                .append(" tekstkopie van zo'n publicatie waarmee Bondgenoot is gemaakt; die kopie heeft u niet, daarom")
                .append(" zetten de regelcatalogus, de hover in de agenda-editor (bij een regel en bij de toelichting van")
                .append(" een actor, netwerk of opgave) en `validate --format json` het hoofdstuk of de paragraaf")
                .append(" ernaast, zoals hieronder: `S1:496` staat in hoofdstuk 6 van S1.\n\n")
                .append("## De publicaties\n\nWat hier staat, zegt de tekst zelf (de regels staan erbij); wat hij niet")
                .append(" zegt, heet \"niet in de tekst\".\n\n")
                .append("| bron | titel | makers | jaar | vindplaats | waar de tekst dit zegt |\n|---|---|---|---|---|---|\n");
        for (Publicatie p : bronnen.publicaties()) {
            md.append("| ").append(p.bron()).append(" | ").append(cell(p.titel())).append(" | ").append(cell(p.makers()))
                    .append(" | ").append(cell(p.jaar())).append(" | ").append(cell(p.vindplaats())).append(" | ")
                    .append(cell(p.herkomst())).append(" |\n");
        }
        md.append("\n## Van regelnummer naar hoofdstuk\n\nDe regels van elk hoofdstuk en elke paragraaf in de tekstkopie.")
                .append(" Waar de omzetting van PDF naar tekst de titelpagina van een hoofdstuk achter zijn eerste")
                .append(" bladzijde zette (S2, S4), begint het hoofdstuk bij die eerste bladzijde. De tabel is met")
                .append(" `releng/scripts/bronnen-secties.py` uit de teksten afgeleid en als gegevens opgeslagen")
                .append(" (`nl.bondgenoot.rules/.../bronnen/secties.tsv`); het script controleert elke kop in de tekst.\n");
        String current = "";
        for (Sectie s : bronnen.secties()) {
            if (!s.bron().equals(current)) {
                current = s.bron();
                String titel = bronnen.publicaties().stream().filter(p -> p.bron().equals(s.bron())).findFirst()
                        .map(Publicatie::titel).orElse("");
                md.append("\n### ").append(s.bron()).append(": ").append(titel).append("\n\n")
                        .append("| regels | deel | titel |\n|---|---|---|\n");
            }
            md.append("| ").append(s.van()).append('-').append(s.tot()).append(" | ")
                    .append(s.niveau() > 1 ? "&nbsp;&nbsp;".repeat(s.niveau() - 1) : "").append(cell(s.aanduiding()))
                    .append(" | ").append(cell(s.titel())).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}

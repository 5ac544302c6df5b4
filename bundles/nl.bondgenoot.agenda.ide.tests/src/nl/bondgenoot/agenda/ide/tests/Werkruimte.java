package nl.bondgenoot.agenda.ide.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The workspace the tests open: the Kamperpoort model file (actors "Gemeente Zwolle", "Travers",
 * "De Kern") and two agendas that refer to it and to each other. Line numbers (0-based, as in LSP)
 * are noted where tests point at them.
 */
final class Werkruimte {

    static final String WIJK = """
            maatschappelijke agenda "Zelfredzaam Zwolle"
              proceseigenaar "Gemeente Zwolle"
              visie "Inwoners redden zich zo lang mogelijk zelf."

              effect Zelfredzaamheid "Meer inwoners zijn zelfredzaam"
                indicator "aandeel zelfredzaam" nulmeting 62% doel 70%

            veranderagenda
              opgave MultiprobleemGezinnen "Gezinnen met problemen op meer leefgebieden tegelijk"
                vraagstuk meervoudig
                domeinoverschrijdend
                volgt uit Zelfredzaamheid
                coalitie in netwerk "OK-team Kamperpoort"
                  lid Travers
                  lid "Onbekende Partij"
                opdrachtrelatie Huisbezoek
                  opdrachtgever "Gemeente Zwolle"
                  opdrachtnemer Travers, "De Kern"

            uitvoeringsagenda Huisbezoeken "Huisbezoeken in Kamperpoort"
              voor opgave MultiprobleemGezinnen
              effect Zelfredzaamheid
              verantwoordelijk Travers
            """;
    static final int LINE_EFFECT = 4;
    static final int LINE_OPGAVE = 8;
    static final int LINE_ENUM = 9;
    static final int LINE_VOLGT_UIT = 11;
    static final int LINE_NETWERK = 12;
    static final int LINE_LID_TRAVERS = 13;
    static final int LINE_ONBEKEND = 14;
    static final int LINE_OPDRACHTGEVER = 16;
    static final int LINE_UITVOERING_EFFECT = 21;

    static final String BUURTTEAMS = """
            uitvoeringsagenda Buurtteams
              voor opgave MultiprobleemGezinnen
              effect Zelfredzaamheid
            """;
    static final int BUURTTEAMS_LINE_EFFECT = 2;

    final Path root;
    final Path wijk;
    final Path buurtteams;

    Werkruimte(Path root) throws IOException {
        this.root = root;
        LspSession.copyExample(root, "kamperpoort-kern.bondgenoot");
        wijk = Files.writeString(root.resolve("wijk.agenda"), WIJK);
        buurtteams = Files.writeString(root.resolve("buurtteams.agenda"), BUURTTEAMS);
    }

    /** The column of the first occurrence of the text on the line. */
    static int column(String text, int line, String word) {
        String[] lines = text.split("\n", -1);
        int column = lines[line].indexOf(word);
        if (column < 0) {
            throw new IllegalArgumentException("'" + word + "' staat niet op regel " + line);
        }
        return column;
    }
}

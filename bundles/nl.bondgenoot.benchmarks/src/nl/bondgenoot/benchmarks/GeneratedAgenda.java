package nl.bondgenoot.benchmarks;

/**
 * A generated agenda of about the asked number of lines that uses every part of the language:
 * effects with indicators, opgaven with kapitaalgoederen, coalitie and an opdrachtrelatie with the
 * 4R, and an uitvoeringsagenda per opgave. Names of actors are those of {@link GeneratedNetwork}
 * ("Actor 0" ...), so the agenda links to a generated model file beside it. Some opgaven break a
 * rule on purpose, so validation has findings to report.
 */
final class GeneratedAgenda {

    private static final int EFFECTS = 20;

    private GeneratedAgenda() {
    }

    static String create(int lines, int actors) {
        StringBuilder text = new StringBuilder(lines * 40);
        text.append("maatschappelijke agenda \"Gegenereerd\"\n")
                .append("  proceseigenaar \"Actor 0\"\n  vastgesteld door \"Actor 1\"\n")
                .append("  opgesteld met \"Actor 2\", \"Actor 3\"\n")
                .append("  visie \"Inwoners redden zich zo lang mogelijk zelf.\"\n");
        for (int e = 0; e < EFFECTS; e++) {
            text.append("\n  effect Effect").append(e).append(" \"Meer inwoners zijn zelfredzaam\"\n")
                    .append("    soort outcome\n    gebiedsniveau wijk\n    doelgroep \"ouderen\"\n")
                    .append("    indicator \"aandeel zelfredzaam\" soort outcome nulmeting 62% doel 70%\n")
                    .append("    indicator \"aantal huisbezoeken\" soort output nulmeting 100 doel 150\n");
        }
        text.append("\nveranderagenda\n");
        int opgaven = 0;
        StringBuilder uitvoering = new StringBuilder();
        // Each opgave with its uitvoeringsagenda takes 36 lines.
        while (count(text) + count(uitvoering) + 36 <= lines) {
            appendOpgave(text, opgaven, actors);
            appendUitvoering(uitvoering, opgaven, actors);
            opgaven++;
        }
        return text.append(uitvoering).toString();
    }

    private static void appendOpgave(StringBuilder text, int i, int actors) {
        boolean meervoudig = i % 2 == 0;
        text.append("\n  opgave Opgave").append(i).append(" \"Een opgave\"\n")
                .append("    soort inhoudelijk\n")
                .append("    vraagstuk ").append(meervoudig ? "meervoudig" : "enkelvoudig").append('\n')
                .append("    aard en omvang \"120 gezinnen in de wijk\"\n")
                .append("    volgt uit Effect").append(i % EFFECTS).append('\n')
                .append("    kapitaalgoed geld van ").append(actor(i, actors)).append('\n')
                .append("    kapitaalgoed expertise van ").append(actor(i + 1, actors)).append('\n')
                .append("    coalitie\n")
                .append("      lid ").append(actor(i, actors)).append(" toegevoegde waarde \"financiering\"\n")
                .append("      lid ").append(actor(i + 1, actors)).append(" toegevoegde waarde \"expertise\"\n")
                .append("    opdrachtrelatie Opdracht").append(i).append('\n')
                .append("      opdrachtgever ").append(actor(i, actors)).append('\n')
                .append("      opdrachtnemer ").append(actor(i + 1, actors)).append(", ").append(actor(i + 2, actors)).append('\n');
        if (meervoudig) {
            text.append("      opdrachtvorm via-maatschappelijk-effect\n      gemeentemodel ontwikkelmodel\n")
                    .append("      instellingstrategie initiërend\n      gemeente-is-partner\n")
                    .append("      afspraken over totaalbudget, effect\n")
                    .append("      richting laag \"het gezin helpen\"\n      ruimte hoog \"veel ruimte\"\n")
                    .append("      resultaat maatschappelijk-effect \"gezin op eigen kracht\"\n")
                    // every fourth opgave breaks 4R-3 (rekenschap below ruimte) on purpose
                    .append(i % 4 == 0 ? "      rekenschap laag effect \"weinig\"" : "      rekenschap hoog effect \"aantonen\"")
                    .append(" toetsingskader Effect").append(i % EFFECTS).append('\n');
        } else {
            text.append("      opdrachtvorm via-bestek\n      gemeentemodel interventiemodel\n")
                    .append("      instellingstrategie volgend\n      afspraken over aantallen, prijzen, kwaliteit\n")
                    .append("      richting hoog \"huishoudelijke hulp leveren\"\n      ruimte laag \"uren\"\n")
                    .append("      resultaat product \"schoon huis\"\n")
                    .append("      rekenschap middel prestatie \"uurtje factuurtje\" toetsingskader Effect").append(i % EFFECTS)
                    .append("\n      rendement \"maatschappelijk\"\n");
        }
    }

    private static void appendUitvoering(StringBuilder text, int i, int actors) {
        text.append("\nuitvoeringsagenda Plan").append(i).append(" \"Plan van aanpak\"\n")
                .append("  voor opgave Opgave").append(i).append('\n')
                .append("  effect Effect").append(i % EFFECTS).append('\n')
                .append("  activiteiten \"huisbezoeken\", \"casusoverleg\"\n")
                .append("  aanbod \"ondersteuning thuis\"\n  kosten \"120.000 euro\"\n")
                .append("  competenties \"gespreksvoering\"\n  effectcheck \"halfjaarlijks\"\n")
                .append("  verantwoordelijk ").append(actor(i, actors)).append('\n')
                .append("  terugkoppeling naar maatschappelijke-agenda, veranderagenda\n");
    }

    private static String actor(int i, int actors) {
        return "\"Actor " + (i % actors) + "\"";
    }

    static int count(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}

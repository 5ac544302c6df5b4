package nl.bondgenoot.agenda.ide.contentassist;

import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;

/**
 * Short Dutch descriptions of the agenda's keywords and phrases: shown next to a proposal, and as
 * the hover of a keyword in the text.
 */
public final class KeywordDescriptions {

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("maatschappelijke agenda", "waarom: visie en maatschappelijke effecten"),
            Map.entry("veranderagenda", "wat: de opgaven die uit de visie volgen"),
            Map.entry("uitvoeringsagenda", "hoe: activiteiten, aanbod en kosten van één opgave"),
            Map.entry("effect", "een maatschappelijk effect"),
            Map.entry("indicator", "hoe het effect gemeten wordt"),
            Map.entry("opgave", "een opgave van de veranderagenda"),
            Map.entry("kapitaalgoed", "wat de opgave nodig heeft (geld, expertise, netwerk ...)"),
            Map.entry("coalitie", "de partijen die de opgave oppakken"),
            Map.entry("lid", "een partij in de coalitie"),
            Map.entry("opdrachtrelatie", "opdrachtgever, opdrachtnemers en de vier R's"),
            Map.entry("proceseigenaar", "actor die het proces trekt"),
            Map.entry("vastgesteld door", "actor die de agenda vaststelt, meestal de gemeenteraad"),
            Map.entry("opgesteld met", "actoren die de agenda mee opstelden"),
            Map.entry("visie", "de visie, als tekst"),
            Map.entry("niveau", "gebiedsniveau van de agenda"),
            Map.entry("domeinafbakening", "smal, tussenvariant of breed"),
            Map.entry("soort", "de soort van het element"),
            Map.entry("gebiedsniveau", "gemeente, wijk of dorp"),
            Map.entry("doelgroep", "voor wie het effect bedoeld is"),
            Map.entry("nulmeting", "de waarde bij de start"),
            Map.entry("doel", "de streefwaarde"),
            Map.entry("smart", "de indicator is SMART geformuleerd"),
            Map.entry("netwerkdoel", "doel van het netwerk bij deze indicator"),
            Map.entry("vraagstuk", "enkelvoudig, ingewikkeld of meervoudig"),
            Map.entry("aard en omvang", "aard en omvang van het vraagstuk"),
            Map.entry("domeinoverschrijdend", "de opgave gaat over domeinen heen"),
            Map.entry("probleem", "duidelijk, onduidelijk of omstreden"),
            Map.entry("krachtenveld", "het krachtenveld rond de opgave"),
            Map.entry("volgt uit", "de effecten waaruit de opgave volgt"),
            Map.entry("transformatie", "lokale transformatieaspecten"),
            Map.entry("bakens", "bakens Welzijn Nieuwe Stijl"),
            Map.entry("in netwerk", "het netwerk waarin de coalitie werkt"),
            Map.entry("toegevoegde waarde", "wat deze partij toevoegt"),
            Map.entry("opdrachtgever", "actor die de opdracht geeft"),
            Map.entry("opdrachtnemer", "actoren die de opdracht uitvoeren"),
            Map.entry("opdrachtvorm", "via bestek, tussenvorm of via maatschappelijk effect"),
            Map.entry("gemeentemodel", "interventie-, programma- of ontwikkelmodel"),
            Map.entry("instellingstrategie", "volgend, reactief of initiërend"),
            Map.entry("gemeente-is-partner", "de gemeente werkt als partner mee"),
            Map.entry("afspraken over", "waarover afspraken zijn gemaakt"),
            Map.entry("richting", "R: wat het beleid vraagt"),
            Map.entry("ruimte", "R: vrijheid voor de uitvoering"),
            Map.entry("resultaat", "R: product of maatschappelijk effect"),
            Map.entry("rekenschap", "R: verantwoording over prestatie of effect"),
            Map.entry("rendement", "wat de relatie oplevert"),
            Map.entry("toetsingskader", "effecten waaraan de rekenschap toetst"),
            Map.entry("voor opgave", "de opgave die deze agenda uitvoert"),
            Map.entry("activiteiten", "wat er gedaan wordt"),
            Map.entry("aanbod", "het aanbod"),
            Map.entry("kosten", "wat het kost"),
            Map.entry("competenties", "welke competenties nodig zijn"),
            Map.entry("effectcheck", "hoe het effect getoetst wordt"),
            Map.entry("verantwoordelijk", "actoren die verantwoordelijk zijn"),
            Map.entry("terugkoppeling naar", "naar welke agenda teruggekoppeld wordt"));

    private KeywordDescriptions() {
    }

    static String of(String phrase) {
        return DESCRIPTIONS.getOrDefault(phrase, "trefwoord");
    }

    /** The phrase a keyword of the text belongs to ("door" in "vastgesteld door") and what it means. */
    public static Optional<String> hoverOf(Keyword keyword) {
        String phrase = phraseStartingWith(firstOfPhrase(keyword));
        String description = DESCRIPTIONS.get(phrase);
        return description == null ? Optional.empty() : Optional.of("**" + phrase + "**: " + description);
    }

    /** "aard" becomes "aard en omvang": the keywords that must follow it in the grammar join the phrase. */
    static String phraseStartingWith(Keyword keyword) {
        StringBuilder phrase = new StringBuilder(keyword.getValue());
        if (keyword.eContainer() instanceof Group group) {
            int index = group.getElements().indexOf(keyword);
            for (int i = index + 1; i < group.getElements().size(); i++) {
                AbstractElement next = group.getElements().get(i);
                if (!(next instanceof Keyword following) || GrammarUtil.isOptionalCardinality(next)
                        || ",".equals(following.getValue())) {
                    break;
                }
                phrase.append(' ').append(following.getValue());
            }
        }
        return phrase.toString();
    }

    /** The keyword that starts the phrase: "vastgesteld" for "door". */
    private static Keyword firstOfPhrase(Keyword keyword) {
        if (!(keyword.eContainer() instanceof Group group) || GrammarUtil.isOptionalCardinality(keyword)) {
            return keyword;
        }
        Keyword first = keyword;
        for (int i = group.getElements().indexOf(keyword) - 1; i >= 0; i--) {
            AbstractElement previous = group.getElements().get(i);
            if (!(previous instanceof Keyword earlier) || GrammarUtil.isOptionalCardinality(previous)
                    || ",".equals(earlier.getValue())) {
                break;
            }
            first = earlier;
        }
        return first;
    }
}

package nl.bondgenoot.agenda.formatting;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.UnorderedGroup;

import nl.bondgenoot.model.Coalitie;
import nl.bondgenoot.model.Coalitielid;
import nl.bondgenoot.model.Effect;
import nl.bondgenoot.model.Indicator;
import nl.bondgenoot.model.Kapitaalgoed;
import nl.bondgenoot.model.MaatschappelijkeAgenda;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.Participatie;
import nl.bondgenoot.model.Terugmelding;
import nl.bondgenoot.model.Uitvoeringsagenda;
import nl.bondgenoot.model.Veranderagenda;

/**
 * The layout of an agenda, read from the grammar so that a new property needs no formatter change:
 * every element (agenda, effect, opgave ...) and every property of an unordered group starts a line,
 * except the measurements of an indicator, which read as one row;
 * an element's lines are indented one level deeper than its first line; agendas, effects and opgaven
 * are preceded by a blank line.
 */
final class AgendaLayout {

    /** Rules whose objects are blocks of lines. */
    private static final Set<String> ELEMENT_RULES = Set.of("MaatschappelijkeAgenda", "Effect", "Indicator",
            "Veranderagenda", "Opgave", "Kapitaalgoed", "Coalitie", "Coalitielid", "Opdrachtrelatie",
            "Uitvoeringsagenda", "Participatie", "Terugmelding");

    /** Rules whose objects are set apart by a blank line. */
    private static final Set<String> SPACED_RULES = Set.of("MaatschappelijkeAgenda", "Veranderagenda",
            "Uitvoeringsagenda", "Effect", "Opgave");

    /** Of those, the rules where a blank line before is the author's choice once the element has a line of its own. */
    private static final Set<String> OPTIONALLY_SPACED_RULES = Set.of("Effect", "Opgave");

    /** Rules whose properties stay on the element's line: an indicator reads as one row of a table. */
    private static final Set<String> INLINE_RULES = Set.of("Indicator");

    private final Set<Keyword> lineStarts = new HashSet<>();
    private final Set<Keyword> spacedStarts = new HashSet<>();
    private final Set<Keyword> optionallySpacedStarts = new HashSet<>();

    AgendaLayout(Grammar grammar) {
        for (ParserRule rule : GrammarUtil.allParserRules(grammar)) {
            if (ELEMENT_RULES.contains(rule.getName())) {
                Keyword first = firstKeyword(rule.getAlternatives());
                lineStarts.add(first);
                if (SPACED_RULES.contains(rule.getName())) {
                    spacedStarts.add(first);
                }
                if (OPTIONALLY_SPACED_RULES.contains(rule.getName())) {
                    optionallySpacedStarts.add(first);
                }
            }
            if (INLINE_RULES.contains(rule.getName())) {
                continue;
            }
            rule.eAllContents().forEachRemaining(element -> {
                if (element instanceof UnorderedGroup group) {
                    for (AbstractElement property : group.getElements()) {
                        Keyword first = firstKeyword(property);
                        if (first != null) {
                            lineStarts.add(first);
                        }
                    }
                }
            });
        }
        lineStarts.remove(null);
    }

    boolean startsLine(EObject grammarElement) {
        return grammarElement instanceof Keyword keyword && lineStarts.contains(keyword);
    }

    boolean startsSpacedBlock(EObject grammarElement) {
        return grammarElement instanceof Keyword keyword && spacedStarts.contains(keyword);
    }

    boolean keepsAuthorsBlankLine(EObject grammarElement) {
        return grammarElement instanceof Keyword keyword && optionallySpacedStarts.contains(keyword);
    }

    static boolean isBlock(EObject element) {
        return element instanceof MaatschappelijkeAgenda || element instanceof Effect || element instanceof Indicator
                || element instanceof Veranderagenda || element instanceof Opgave || element instanceof Kapitaalgoed
                || element instanceof Coalitie || element instanceof Coalitielid || element instanceof Opdrachtrelatie
                || element instanceof Uitvoeringsagenda || element instanceof Participatie
                || element instanceof Terugmelding;
    }

    private static Keyword firstKeyword(AbstractElement element) {
        if (element instanceof Keyword keyword) {
            return keyword;
        }
        if (element instanceof Assignment assignment) {
            return firstKeyword(assignment.getTerminal());
        }
        if (element instanceof Group group) {
            for (AbstractElement part : group.getElements()) {
                if (!(part instanceof Action)) {
                    return firstKeyword(part);
                }
            }
        }
        return null;
    }
}

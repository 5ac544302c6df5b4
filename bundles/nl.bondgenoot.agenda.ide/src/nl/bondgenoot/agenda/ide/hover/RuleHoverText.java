package nl.bondgenoot.agenda.ide.hover;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Rules;

/** The hover text of a rule: what it says, why, where it comes from (Markdown, in Dutch). */
public final class RuleHoverText {

    private static volatile Map<String, RuleInfo> catalogue;

    private RuleHoverText() {
    }

    public static Optional<RuleInfo> rule(String ruleId) {
        return Optional.ofNullable(catalogue().get(ruleId));
    }

    public static String of(RuleInfo rule) {
        return "**" + rule.id() + " — " + rule.title() + "** (" + rule.severity().label().toLowerCase() + ")\n\n"
                + rule.explanation() + "\n\n"
                + "*Herkomst:* " + provenance(rule.provenance()) + "  \n"
                + "*Bron:* " + rule.sourceWithSections();
    }

    /** DOC, INF and EXT in words, as the catalogue explains them. */
    public static String provenance(Provenance provenance) {
        return provenance + " — " + provenance.meaning();
    }

    private static Map<String, RuleInfo> catalogue() {
        if (catalogue == null) {
            // Contributed rule sets are part of Rules.all(), so their findings get a hover too.
            catalogue = Rules.all().stream().map(rule -> rule.info())
                    .collect(Collectors.toUnmodifiableMap(RuleInfo::id, Function.identity(), (a, b) -> a));
        }
        return catalogue;
    }
}

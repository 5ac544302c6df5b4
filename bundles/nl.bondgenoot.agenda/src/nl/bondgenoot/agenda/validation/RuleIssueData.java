package nl.bondgenoot.agenda.validation;

import nl.bondgenoot.rules.Finding;

/**
 * What a rule finding carries to the IDE services (hover, quick fixes) next to its message: the
 * rule id, the seed source and the repair hint. Index constants keep writer and readers agreed.
 */
public final class RuleIssueData {

    public static final int RULE_ID = 0;
    public static final int SOURCE = 1;
    public static final int FIX_HINT = 2;

    private RuleIssueData() {
    }

    public static String[] of(Finding finding) {
        return new String[] { finding.ruleId(), finding.source(), finding.quickFixHint() == null ? "" : finding.quickFixHint() };
    }
}

package nl.bondgenoot.rules.tests.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.governance.GovernanceRules;

/** The governance rules are installed as SPEC 2.3 lists them: id, severity, provenance and source. */
class GovernanceCatalogueTest {

    /** id, severity, provenance, source: copied from the SPEC table. */
    private static final List<String> SPEC = List.of(
            "GOV-1|W|DOC|S3:693-694, 1728, 2973-2974, 3195-3202; S4:240, 704",
            "GOV-2|W|DOC|S3:697-707",
            "GOV-3|W|DOC|S3:710-718",
            "GOV-4|W|DOC|S3:721-731; S4:713-719",
            "GOV-5|W|DOC|S3:740-751, 1382-1385, 4272-4273; S4:761-765",
            "GOV-6|W|DOC|S3:754-762; S4:737-743",
            "GOV-7|W|INF|S3:3068-3070, 3077-3078",
            "GOV-8|W|DOC|S3:908-1021",
            "GOV-9|W|DOC|S3:1036-1047",
            "GOV-10|W|DOC|S3 Figure 1, S3:577-579, 3337-3343",
            "GOV-11|W|DOC|S3:470-479",
            "GOV-12|E|DOC|S3:843-847, 2879-2884",
            "GOV-13|W|DOC|S3:849-851, 1049-1052, 2899-2902",
            "GOV-14|E|DOC|S3:515",
            "GOV-15|W|DOC|S3:504-513",
            "GOV-16|I|DOC|S3:1137-1141, 3489-3492",
            "GOV-17|W|DOC|S3:1177-1187",
            "GOV-18|I|DOC|S3:1174-1176",
            "GOV-19|W|DOC|S3:1211-1213, 1297-1298",
            "GOV-20|I|DOC|S3:1279-1282, 1315-1317",
            "GOV-21|W|INF|S4:972-980; S3:2726",
            "GOV-22|I|INF|S4:796-798",
            "GOV-23|W|DOC|S4:800-811, 210-212",
            "GOV-24|I|INF|S4:550-554",
            "GOV-25|I|INF|S3:397-521, 574-575, 601-772; S2:2007; S1:558-575");

    private static final Map<String, Severity> SEVERITY = Map.of("E", Severity.ERROR, "W", Severity.WARNING, "I",
            Severity.INFO);

    @Test
    void everyRuleOfTheSpecIsInstalledAsSpecified() {
        Map<String, RuleInfo> installed = Rules.all().stream().map(r -> r.info())
                .filter(i -> i.id().startsWith("GOV-")).collect(Collectors.toMap(RuleInfo::id, Function.identity()));
        assertEquals(SPEC.size(), installed.size(), installed.keySet()::toString);
        for (String line : SPEC) {
            String[] f = line.split("\\|");
            RuleInfo info = installed.get(f[0]);
            assertEquals(SEVERITY.get(f[1]), info.severity(), f[0]);
            assertEquals(Provenance.valueOf(f[2]), info.provenance(), f[0]);
            assertEquals(f[3], info.source(), f[0]);
            assertTrue(!info.title().isBlank() && info.explanation().length() > 80, f[0]);
            assertTrue(info.provenance() != Provenance.INF || info.explanation().contains("INF:"), f[0]);
        }
    }

    @Test
    void classesAreNamedAfterTheirRule() {
        new GovernanceRules().rules().forEach(r -> assertTrue(r.getClass().getSimpleName()
                .startsWith("Gov" + r.info().id().substring(4)) && !Character.isDigit(
                        r.getClass().getSimpleName().charAt(3 + r.info().id().substring(4).length())),
                r.getClass().getSimpleName()));
    }

    @Test
    void everyParameterBelongsToARuleOfTheFamily() {
        List<String> ids = new GovernanceRules().rules().stream().map(r -> r.info().id()).toList();
        new GovernanceRules().parameters().keySet().forEach(key -> assertTrue(
                ids.contains(key.substring(0, key.indexOf('.'))), key));
    }

    /** GOV-2 .. GOV-6 check the network type their parameters name; a user reads that condition in the rule's text. */
    @Test
    void theCatalogueTextOfAGovernancetypeStatesTheNetworkTypeItChecks() throws Exception {
        java.util.Properties parameters = new java.util.Properties();
        try (java.io.InputStream in = GovernanceRules.class.getResourceAsStream("parameters.properties")) {
            parameters.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        int stated = 0;
        for (RuleInfo info : Rules.all().stream().map(r -> r.info()).toList()) {
            String netwerktype = parameters.getProperty(info.id() + ".netwerktype", "").strip();
            if (!netwerktype.isEmpty()) {
                String text = info.explanation().toLowerCase(java.util.Locale.ROOT);
                assertTrue(text.contains("netwerktype") && text.contains(netwerktype.toLowerCase(java.util.Locale.ROOT)),
                        info.id() + " toetst netwerktype " + netwerktype + " maar de tekst zegt het niet: " + info.explanation());
                stated++;
            }
        }
        assertEquals(3, stated, "GOV-2, GOV-4 en GOV-5 noemen een netwerktype");
    }
}

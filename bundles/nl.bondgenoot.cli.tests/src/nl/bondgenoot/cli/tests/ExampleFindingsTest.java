package nl.bondgenoot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.cli.Cli;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.Severity;

/**
 * What the product reports on the example networks of SPEC section 4: the findings the seeds
 * call for, and the whole report kept in examples/netwerken/bevindingen.txt so a change in any
 * rule shows up as a change in what consultants read.
 */
class ExampleFindingsTest {

    private static final Path ROOT = Path.of(System.getProperty("bondgenoot.root", "../..")).toAbsolutePath().normalize();
    private static final Path EXAMPLES = ROOT.resolve("examples/netwerken");

    private static List<Finding> findings(String file) throws Exception {
        return Rules.engine().validate(ModelFiles.load(EXAMPLES.resolve(file)));
    }

    private static List<Finding> of(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void vanDalenTheGemeenteAsNaoRegisseurWithItsOwnLoketIsNet4() throws Exception {
        List<Finding> net4 = of(findings("familie-van-dalen.bondgenoot"), "NET-4");
        assertTrue(!net4.isEmpty(), "NET-4 must fire in Van Dalen (SPEC 4.11)");
        for (Finding f : net4) {
            assertEquals(Severity.ERROR, f.severity());
            assertTrue(f.element() instanceof Netwerk n && n.getVorm().getName().equals("NAO"), f.message());
            assertTrue(f.message().contains("Gemeente Oss"), f.message());
        }
    }

    @Test
    void theClassificationsTheSeedsGiveAreConsistentWithTheGovernanceMatrix() throws Exception {
        assertEquals(List.of(), of(findings("kantelen-doe-je-samen.bondgenoot"), "GOV-4"), "ketensturing (S4:721-735)");
        assertEquals(List.of(), of(findings("buurtgeluk.bondgenoot"), "GOV-6"), "vraagsturing (S4:745-760)");
        List<Finding> huisbezoek = findings("activerend-huisbezoek.bondgenoot");
        assertEquals(List.of(), of(huisbezoek, "GOV-9"), "coproducent fits its governancetype (S3:1036-1047)");
        assertEquals(List.of(), of(huisbezoek, "GOV-12"), "no doorzettingsmacht towards Lentis/NOVO/MEE");
    }

    @Test
    void theProtocolOfTwoIsNoNetworkAndTheOkTeamHasNoErrors() throws Exception {
        assertTrue(findings("cva-protocol.bondgenoot").stream().noneMatch(f -> f.ruleId().startsWith("NET-")));
        assertTrue(findings("ok-team-kamperpoort.bondgenoot").stream().noneMatch(f -> f.severity() == Severity.ERROR));
    }

    @Test
    void theReportOnAllExamplesIsTheOneKeptBesideThem() throws Exception {
        List<String> args = new ArrayList<>(List.of("validate"));
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            files.filter(p -> p.toString().endsWith(".bondgenoot")).sorted()
                    .forEach(p -> args.add(p.toString()));
        }
        var out = new ByteArrayOutputStream();
        Cli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String report = out.toString(StandardCharsets.UTF_8).replace(ROOT + "/", "");
        String kept = Files.readString(EXAMPLES.resolve("bevindingen.txt"));
        assertEquals(kept, report, "regenerate with: ./bondgenoot validate examples/netwerken/*.bondgenoot"
                + " > examples/netwerken/bevindingen.txt, and read the difference");
    }
}

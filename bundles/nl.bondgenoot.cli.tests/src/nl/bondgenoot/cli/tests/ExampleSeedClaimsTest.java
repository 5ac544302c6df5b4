package nl.bondgenoot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.Severity;

/**
 * What the seeds say about each example network, claim by claim: a finding the seed lines support
 * ({@link Claims#meldt}), or one they rule out ({@link Claims#meldtNiet}). Each claim names the
 * seed lines it rests on, so that a change of a rule or of a model that breaks a claim says which
 * reading of the seed it breaks; the golden report (ExampleFindingsTest) only says that something
 * changed. The claims were written from the seed lines, not copied from the report: a finding the
 * seeds neither support nor rule out is not claimed either way.
 */
class ExampleSeedClaimsTest {

    private static final Path ROOT = Path.of(System.getProperty("bondgenoot.root", "../..")).toAbsolutePath().normalize();

    /** The findings on one example, and the claims about them. */
    private record Claims(String file, List<Finding> findings) {

        static Claims load(String file) throws Exception {
            return new Claims(file, Rules.engine().validate(ModelFiles.load(ROOT.resolve("examples").resolve(file))));
        }

        /** The seed lines {@code seed} support a finding of {@code rule} whose message contains {@code over}. */
        Claims meldt(String rule, String over, String seed) {
            return meldt(rule, null, over, seed);
        }

        /** As {@link #meldt(String, String, String)}, of this severity. */
        Claims meldt(String rule, Severity severity, String over, String seed) {
            List<Finding> of = of(rule);
            if (of.stream().noneMatch(f -> f.message().contains(over) && (severity == null || f.severity() == severity))) {
                fail(file + ": " + seed + " supports a finding " + rule + (severity == null ? "" : " " + severity)
                        + " about '" + over + "', the product reports " + of);
            }
            return this;
        }

        /** The seed lines {@code seed} rule out any finding of {@code rule}. */
        Claims meldtNiet(String rule, String seed) {
            assertEquals(List.of(), of(rule), file + ": " + seed + " rule out " + rule);
            return this;
        }

        /** No warning or error on a guess: the seed leaves the value open, so only INFO may ask for it. */
        Claims alleenInfo(String rule, String seed) {
            assertTrue(!of(rule).isEmpty() && of(rule).stream().allMatch(f -> f.severity() == Severity.INFO),
                    file + ": " + seed + " leave the value open: " + rule + " asks as INFO, reports " + of(rule));
            return this;
        }

        private List<Finding> of(String rule) {
            return findings.stream().filter(f -> f.ruleId().equals(rule)).toList();
        }
    }

    /** The seed calls it a project: GOV-19 and GOV-20 ask nothing of it (they speak of the Wmo-beleid as a whole). */
    private static void project(Claims c, String seed) {
        c.meldtNiet("GOV-19", seed).meldtNiet("GOV-20", seed);
    }

    @Test
    void activerendHuisbezoek() throws Exception {
        Claims c = Claims.load("netwerken/activerend-huisbezoek.bondgenoot")
                .meldt("GOV-4", "'Activerend huisbezoek' is getypeerd als netwerk- en ketensturing, maar de"
                        + " burgerparticipatie is geïnformeerd",
                        "S3:1751-1752 (ketensturing dominant), S3:1674-1676 and 1721-1722 (burgers not involved in"
                                + " the set-up)")
                .meldt("GOV-1", "Netwerk 'Buurtwelzijn' legt geen governancetype",
                        "S3:1551-1557 (Buurtwelzijn named, typed nowhere)")
                .meldtNiet("GOV-9", "S3:1712-1713 (coproducent) with S3:1751-1752 (ketensturing) and S3:1728"
                        + " (governance): S3:1036-1047 and 1025 say these fit")
                .meldtNiet("GOV-8", "S3:1577-1578 (doel gezamenlijk, the column of coproducent)");
        project(c, "S3:1560, 1568 ('Het project Activerend huisbezoek', 'Wmo-project')");
    }

    @Test
    void buurtgeluk() throws Exception {
        Claims c = Claims.load("netwerken/buurtgeluk.bondgenoot")
                .meldt("GOV-24", Severity.INFO, "Netwerk 'Buurtgeluk' heeft",
                        "S4:1786-1794 ('De twaalf partijen') and S4:959-961 ('projecten met zo veel partijen')")
                .meldtNiet("GOV-6", "S4:745-760 ('een voorbeeld waarbij vooral sprake is van vraagsturing')");
        project(c, "S4:959-961 ('de projectleider van Buurtgeluk')");
    }

    @Test
    void cvaProtocol() throws Exception {
        Claims c = Claims.load("netwerken/cva-protocol.bondgenoot");
        assertTrue(c.findings().stream().noneMatch(f -> f.ruleId().startsWith("NET-")),
                "S4:1818-1851: an agreement of two organisations, no network (S2:2258-2260)");
        c.alleenInfo("GOV-19", "S4:625-628, 1831-1834 (a pilot, 'een beleidsvernieuwing': no project, nor the"
                + " Wmo-beleid as a whole)")
                .alleenInfo("GOV-20", "S4:611-632, 1818-1851 (no verantwoording to the burgers described)");
    }

    @Test
    void familieVanDalen() throws Exception {
        Claims c = Claims.load("netwerken/familie-van-dalen.bondgenoot")
                .meldt("NET-4", Severity.ERROR, "Actor 'Gemeente Oss' als loket",
                        "S2:2274-2276 (a regisseur has no other role in the primary process) with S2:3974-3990"
                                + " (the gemeente's loket serves the family)")
                .meldt("NET-5", "vertrouwen netwerkregisseur Actor 'Gemeente Oss'",
                        "S2:2276-2277 (the regisseur has 'het volste vertrouwen van alle partijen'); the case says"
                                + " nothing of trust")
                .meldt("GOV-1", "legt geen governancetype", "S2:3807-4098 (the case types no network)");
        c.alleenInfo("GOV-19", "S2:3807-3813 (a fictitious family: no project, nor the Wmo-beleid as a whole);"
                + " S2:3829-3830 ('nieuw beleid', no Wmo-raad or beleidsplan)")
                .alleenInfo("GOV-20", "S2:3815-4098 (no verantwoording of the gemeente to its burgers)");
    }

    @Test
    void kantelenDoeJeSamen() throws Exception {
        Claims c = Claims.load("netwerken/kantelen-doe-je-samen.bondgenoot");
        for (String rule : List.of("GOV-2", "GOV-3", "GOV-4", "GOV-5", "GOV-6")) {
            c.meldtNiet(rule, "S4:721-735 ('een voorbeeld uit Zwolle waarbij vooral sprake is van ketensturing')");
        }
        project(c, "S4:1739 ('Het project Kantelen doe je samen!')");
    }

    @Test
    void netwerkWelzijnVersterkt() throws Exception {
        Claims.load("netwerken/netwerk-welzijn-versterkt.bondgenoot")
                .meldt("GOV-4", "de kennisbron is professionals en burgers",
                        "S3:2756-2759 ('het meeste weg heeft van netwerk/ketensturing') with S3:2707 (Figuur 8:"
                                + " 'Burgers en professionals')")
                .meldt("GOV-4", "de burgerparticipatie is coproductie / meebeslissen",
                        "S3:2756-2759 with S3:2707-2713 (Figuur 8: meebeslissen/coproduceren)")
                .alleenInfo("GOV-19", "S3:2236-2238, 2374-2375 (the gemeente's sturing of fifteen years of"
                        + " samenwerking, with 'het project Netwerk Welzijn Versterkt' in it: whether that is the"
                        + " Wmo-beleid as a whole, the seed does not say); S3:2304-2314 (a beleidsnota, not the"
                        + " vierjaarlijkse Wmo-beleidsplan)")
                .alleenInfo("GOV-20", "S3:2596-2598 (the partners account afterwards; the gemeente's verantwoording"
                        + " to the burgers is not described)");
    }

    @Test
    void okTeamKamperpoort() throws Exception {
        Claims c = Claims.load("netwerken/ok-team-kamperpoort.bondgenoot")
                .meldt("GOV-1", "Netwerk 'OK-team Kamperpoort' legt geen governancetype",
                        "S4:1666-1701 and S4:706-779 (the OK-team is not among the seed's typed examples)");
        assertTrue(c.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR),
                "S4:1669-1674: six core partners, a network by S2:2258-2260");
        project(c, "S4:1671-1675 ('De kern van het project/team', 'Het project is ontstaan')");
    }

    @Test
    void sleutelteamBerfloEs() throws Exception {
        Claims c = Claims.load("netwerken/sleutelteam-berflo-es.bondgenoot")
                .meldt("GOV-1", "'Programma woonservicegebied Berflo Es (tien projecten)' legt geen governancetype",
                        "S3:1800-1805, 1922-1942 (the programme of ten projects is typed nowhere; the seed types"
                                + " the Sleutelteam)")
                .meldt("GOV-23", "Actor 'Carint Reggeland' heeft geen rol in het netwerk",
                        "S3:1922-1923 (only 'de betrokken instellingen' in the stuurgroep: Carint's role in the"
                                + " programme is not described)")
                .meldt("GOV-24", Severity.INFO, "'Sleutelteam Berflo Es (project Goed Geregeld)' heeft",
                        "S3:1844-1847 ('vele andere partijen' joined) and S3:2026-2029 (each organisation's"
                                + " interests a threat)")
                .meldt("GOV-7", "kan ook weinig sturing door de gemeente zijn",
                        "S3:1999-2004 (the instellingen and professionals decide the content, the gemeente is"
                                + " partner and meedenker, 'daarom wellicht ook elementen van frontlijnsturing'),"
                                + " S3:1968-1969 (knowledge from professionals), S3:3068-3070 and 3077-3078");
        project(c, "S3:1794, 1803-1805 ('Het project', 'Tien verschillende projecten')");
    }

    @Test
    void sociaalMakelaarschap() throws Exception {
        Claims c = Claims.load("netwerken/sociaal-makelaarschap.bondgenoot")
                .meldt("GOV-3", "de kennisbron is professionals",
                        "S3:2211-2212 (expertsturing in the implementation) with S3:2179, 2209 (knowledge from"
                                + " 'professionals en beleidsmedewerkers van de gemeente')")
                .meldt("GOV-4", "de burgerparticipatie is geïnformeerd",
                        "S3:2207-2209 (netwerk/ketensturing) with S3:2182-2183 (burgers only informed)")
                .meldt("GOV-13", "'Subsidie met gedetailleerde opdracht (Portes)' gebruikt doorzettingsmacht",
                        "S3:2162-2166, 2207-2208 (doorzettingsmacht in a development run as governance)")
                .meldt("GOV-18", Severity.INFO, "de evaluatie voedt de verkenning van de volgende cyclus niet",
                        "S3:2170-2171 (the evaluation makes room for new agreements; feeding the next verkenning"
                                + " is not said)");
        project(c, "S3:2048, 2050-2051 ('Het project sociaal makelaarschap is onderdeel van het project"
                + " Vernieuwend Welzijn')");
    }

    @Test
    void wijksteunpuntenSittardGeleen() throws Exception {
        Claims c = Claims.load("netwerken/wijksteunpunten-sittard-geleen.bondgenoot")
                .meldt("GOV-5", "Netwerk 'Wijksteunpunten Sittard-Geleen' is getypeerd als frontlijnsturing",
                        "S4:761-779 (frontlijnsturing) with S4:1903-1985 (no verantwoording of burgers to the"
                                + " gemeente described)")
                .meldt("GOV-23", "Rol 'Projectleider wijksteunpunten'",
                        "S4:1931-1933 (a projectleider is appointed; what he answers for is not said)");
        project(c, "S4:1931-1933 ('de gemeente heeft een projectleider wijksteunpunten aangesteld')");
    }

    @Test
    void theSkeletonsAreProjects() throws Exception {
        project(Claims.load("skelet/kamperpoort-kern.bondgenoot"), "S4:1671-1674 ('De kern van het project/team')");
        Claims.load("skelet/kamperpoort-te-klein.bondgenoot").meldt("NET-1", Severity.ERROR, "heeft 2 organisaties",
                "S2:2258-2260 ('minstens drie organisaties')");
    }
}

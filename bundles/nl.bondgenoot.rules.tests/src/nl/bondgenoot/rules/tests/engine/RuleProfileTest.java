package nl.bondgenoot.rules.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ProfileException;
import nl.bondgenoot.rules.engine.RuleProfile;
import nl.bondgenoot.rules.tests.TestModels;

/** A project's bondgenoot.profiel switches rules off, re-grades them and changes their thresholds. */
class RuleProfileTest {

    @TempDir
    Path project;

    private TestModels tweeOrganisaties() {
        TestModels t = new TestModels();
        Actor a = t.gemeente("Gemeente");
        Actor b = t.organisatie("Welzijn");
        t.netwerk("Klein netwerk", a, b);
        return t;
    }

    private List<Finding> net1(TestModels t, RuleProfile profile) {
        return Rules.engine(profile).validate(t.model).stream().filter(f -> f.ruleId().equals("NET-1")).toList();
    }

    private RuleProfile profile(String text) throws Exception {
        Path file = project.resolve(RuleProfile.FILE_NAME);
        Files.writeString(file, text);
        return RuleProfile.load(file);
    }

    @Test
    void withoutAProfileRulesRunAtTheirDefaults() {
        List<Finding> findings = net1(tweeOrganisaties(), RuleProfile.DEFAULT);
        assertEquals(1, findings.size());
        assertEquals(Severity.ERROR, findings.get(0).severity());
    }

    @Test
    void aRuleCanBeSwitchedOff() throws Exception {
        assertTrue(net1(tweeOrganisaties(), profile("# dit project telt anders\nNET-1 = uit\n")).isEmpty());
    }

    @Test
    void aRuleCanBeRegraded() throws Exception {
        List<Finding> findings = net1(tweeOrganisaties(), profile("NET-1 = WAARSCHUWING"));
        assertEquals(Severity.WARNING, findings.get(0).severity());
    }

    @Test
    void aThresholdIsData() throws Exception {
        assertTrue(net1(tweeOrganisaties(), profile("NET-1.minimumOrganisaties = 2")).isEmpty());
        List<Finding> strenger = net1(tweeOrganisaties(), profile("NET-1.minimumOrganisaties = 4"));
        assertTrue(strenger.get(0).message().endsWith("minstens 4"), strenger.get(0).message());
    }

    @Test
    void theNearestProfileAboveAModelApplies() throws Exception {
        Path sub = Files.createDirectories(project.resolve("wijk/modellen"));
        Files.writeString(project.resolve(RuleProfile.FILE_NAME), "NET-1 = INFO\n");
        RuleProfile found = RuleProfile.forModel(sub.resolve("a.bondgenoot"));
        assertEquals(project.resolve(RuleProfile.FILE_NAME), found.file());
        assertSame(RuleProfile.DEFAULT, RuleProfile.forModel(Path.of("/").resolve("x.bondgenoot")));
    }

    @Test
    void aProfileSavedThroughATemporaryFileIsReadAgainEvenWithTheSameSizeAndTime() throws Exception {
        Path file = project.resolve(RuleProfile.FILE_NAME);
        Path model = project.resolve("a.bondgenoot");
        TestModels t = tweeOrganisaties();
        Files.writeString(file, "NET-1 = uit\n");
        assertTrue(RuleProfile.engineFor(model).validate(t.model).stream().noneMatch(f -> f.ruleId().equals("NET-1")));

        // How the workbench saves: a temporary file renamed over the profile; here as long and as old as the one it replaces.
        Path temporary = project.resolve(".bondgenoot.profiel1.tmp");
        Files.writeString(temporary, "NET-1 = aan\n");
        Files.setLastModifiedTime(temporary, Files.getLastModifiedTime(file));
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(RuleProfile.engineFor(model).validate(t.model).stream().anyMatch(f -> f.ruleId().equals("NET-1")));
    }

    @Test
    void aBadLineIsReportedWithFileAndLine() throws Exception {
        ProfileException e = assertThrows(ProfileException.class, () -> profile("NET-1 = uit\nGOV-3 = soms\n"));
        assertEquals(2, e.getLine());
        assertTrue(e.toUserMessage().contains(":2: onbekende waarde 'soms' voor GOV-3"), e.toUserMessage());
    }

    @ParameterizedTest(name = "waarde [{0}]")
    @ValueSource(strings = { "99999999999", "1e308", "NaN", "drie", "" })
    void aThresholdThatIsNoWholeNumberIsAnErrorWithFileAndLineNotAnInternalError(String value) throws Exception {
        ProfileException e = assertThrows(ProfileException.class,
                () -> profile("# drempels\nNET-1.minimumOrganisaties = " + value + "\n"));
        assertEquals(2, e.getLine());
        assertTrue(e.toUserMessage().contains(RuleProfile.FILE_NAME + ":2: '" + value + "' is geen geheel getal voor NET-1.minimumOrganisaties"),
                e.toUserMessage());
    }

    /** A typo in a list of metamodel values is said with its line when the profile is read, not when the rule runs. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "AG-2.partnerCategorieen = MARKTPARTIJ, BURGR", "4R-2.verbodenCombinaties = HOOG:HOGG",
            "AG-12.soorten = tevredenheid" })
    void aWordThatIsNoValueOfTheParametersKindIsAnErrorWithFileAndLine(String line) throws Exception {
        ProfileException e = assertThrows(ProfileException.class, () -> profile("NET-1 = uit\n" + line + "\n"));
        assertEquals(2, e.getLine());
        String key = line.substring(0, line.indexOf(' '));
        assertTrue(e.toUserMessage().contains(RuleProfile.FILE_NAME + ":2: '") && e.toUserMessage().contains("' is geen geldige waarde")
                && e.toUserMessage().contains("voor " + key), e.toUserMessage());
    }

    @Test
    void valuesOfTheParametersKindAreAcceptedInAnyCase() throws Exception {
        RuleProfile profile = profile("AG-2.partnerCategorieen = marktpartij, BURGER\n4R-2.verbodenCombinaties = HOOG:LAAG\n");
        assertEquals("marktpartij, BURGER", profile.parameters().get("AG-2.partnerCategorieen"));
    }

    @Test
    void unknownRuleIdsAndParametersAreWarningsThatNameTheClosestKnownOnes() throws Exception {
        RuleProfile profile = profile("NET-1 = uit\nGOV-24.maximumActievePartner = 12\nGOV-99 = uit\nNET-1.minimumOrganisaties = 4\n");
        List<String> warnings = profile.warnings().stream().map(w -> w.toUserMessage()).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains(RuleProfile.FILE_NAME + ":2: WAARSCHUWING onbekende parameter 'GOV-24.maximumActievePartner'")
                && warnings.get(0).contains("bedoelde u GOV-24.maximumActievePartners"), warnings.get(0));
        assertTrue(warnings.get(1).contains(":3: WAARSCHUWING onbekende regel 'GOV-99'") && warnings.get(1).contains("GOV-9"),
                warnings.get(1));
        assertTrue(!profile.isEnabled("NET-1"), "the lines that are known still apply");
    }

    @Test
    void aProfileThatIsNoRegularFileOrTooLargeIsRefusedWithoutReadingIt() throws Exception {
        ProfileException zero = assertThrows(ProfileException.class, () -> RuleProfile.load(Path.of("/dev/zero")));
        assertTrue(zero.toUserMessage().startsWith("/dev/zero: is geen gewoon bestand"), zero.toUserMessage());
        Path big = project.resolve("groot.profiel");
        Files.write(big, new byte[2 * 1024 * 1024]);
        ProfileException large = assertThrows(ProfileException.class, () -> RuleProfile.load(big));
        assertTrue(large.getMessage().contains("is te groot"), large.getMessage());
        Path latin1 = project.resolve("latin1.profiel");
        Files.write(latin1, new byte[] { '#', ' ', (byte) 0xe9, '\n' });
        ProfileException encoding = assertThrows(ProfileException.class, () -> RuleProfile.load(latin1));
        assertTrue(encoding.getMessage().contains("geen UTF-8"), encoding.getMessage());
    }
}

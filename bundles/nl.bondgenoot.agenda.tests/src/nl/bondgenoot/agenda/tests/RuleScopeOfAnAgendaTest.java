package nl.bondgenoot.agenda.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

import nl.bondgenoot.agenda.validation.AgendaValidator;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;

/**
 * Which findings an agenda shows: its own (not those of the model files it names), the GOV rules only as
 * far as agenda content can trigger them (none can: see below), and as the project's rule profile says.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AgendaInjectorProvider.class)
class RuleScopeOfAnAgendaTest {

    @Inject
    private AgendaParser agendas;

    @Inject
    private ParseHelper<Governancemodel> parser;

    @Inject
    private Provider<XtextResourceSet> sets;

    @Inject
    private ValidationTestHelper validation;

    @TempDir
    Path project;

    private static final String WITH_FINDINGS = CleanAgendas.ENKELVOUDIG
            .replace("instellingstrategie volgend", "instellingstrategie reactief") // 4R-9, INFO
            .replace("doel 95%", "doel 95% smart"); // AG-13, INFO

    private static List<String> codes(List<Issue> issues) {
        return issues.stream().map(Issue::getCode).toList();
    }

    /**
     * GOV-10 (no NPM instrument for an onduidelijk probleem) judges a sturingsrelatie, and the GOV rules on
     * a whole model (GOV-17, GOV-19, GOV-20) need a beleidscyclus, actors or networks inside the model: an
     * agenda has none of these, so no GOV rule can fire on agenda text. An opgave whose probleem is
     * onduidelijk, bought via bestek, is the closest an agenda comes; a sturingsrelatie in a model file that
     * names that opgave is where GOV-10 then fires.
     */
    @Test
    void noGovernanceRuleCanFireOnAgendaTextButGov10FiresOnASturingsrelatieForItsOpgave() throws Exception {
        Governancemodel agenda = agendas.parse(CleanAgendas.MEERVOUDIG
                .replace("vraagstuk meervoudig", "vraagstuk meervoudig\n    probleem onduidelijk")
                .replace("opdrachtvorm via-maatschappelijk-effect", "opdrachtvorm via-bestek"));
        List<Issue> issues = validation.validate(agenda);
        assertTrue(codes(issues).contains("4R-11"), "the bestek does give 4R findings: " + issues);
        assertTrue(issues.stream().noneMatch(i -> i.getCode().startsWith("GOV-")), issues.toString());

        Opgave opgave = agenda.getVeranderagenda().getOpgaven().get(0);
        Governancemodel model = BondgenootFactory.eINSTANCE.createGovernancemodel();
        Sturingsrelatie contract = BondgenootFactory.eINSTANCE.createSturingsrelatie();
        contract.setNaam("Contract gezinsaanpak");
        contract.setSoort(SturingsrelatieSoort.CONTRACT);
        contract.setOpgave(opgave);
        model.getSturingsrelaties().add(contract);
        List<String> ids = Rules.engine().validate(model).stream().map(Finding::ruleId).toList();
        assertTrue(ids.contains("GOV-10"), ids.toString());
    }

    @Test
    void findingsOnTheModelFilesAnAgendaNamesAreNotShownInTheAgenda() throws Exception {
        XtextResourceSet set = sets.get();
        Examples.load(set, Examples.file("skelet", "kamperpoort-te-klein.bondgenoot"));
        // The model itself has an error (NET-1: a network of two organisations) ...
        List<String> modelFindings = Rules.engine().validate(set.getResources().get(0).getContents().get(0)).stream()
                .map(Finding::ruleId).toList();
        assertTrue(modelFindings.contains("NET-1"), modelFindings.toString());
        // ... which an agenda that names its network and actors does not show.
        Governancemodel agenda = parser.parse("""
                maatschappelijke agenda Kamperpoort
                  proceseigenaar "Gemeente Zwolle"
                veranderagenda
                  opgave Gezinnen
                    coalitie in netwerk "OK-team Kamperpoort"
                      lid Travers toegevoegde waarde "welzijn"
                """, set);
        List<Issue> issues = validation.validate(agenda);
        assertTrue(issues.stream().noneMatch(i -> i.getCode().startsWith("NET-")), issues.toString());
        assertTrue(issues.stream().allMatch(i -> i.getLineNumber() <= 6), issues.toString());
        assertTrue(codes(issues).contains("AG-9"), "the agenda's own findings are shown: " + issues);
    }

    private List<Issue> validateInProject(String text) throws Exception {
        URI uri = URI.createFileURI(project.resolve("wijk.agenda").toString());
        Files.writeString(project.resolve("wijk.agenda"), text);
        Governancemodel model = parser.parse(text, uri, Examples.withModels(sets.get()));
        return validation.validate(model);
    }

    @Test
    void withoutAProfileTheDefaultsApply() throws Exception {
        List<Issue> issues = validateInProject(WITH_FINDINGS);
        assertEquals(List.of("4R-9", "AG-13"), codes(issues).stream().sorted().toList(), issues.toString());
        assertTrue(issues.stream().allMatch(i -> i.getSeverity() == Severity.INFO), issues.toString());
    }

    @Test
    void aProfileBesideTheAgendaSwitchesARuleOffAndRegradesAnother() throws Exception {
        Files.writeString(project.resolve("bondgenoot.profiel"), "# dit project\nAG-13 = uit\n4R-9 = FOUT\n");
        List<Issue> issues = validateInProject(WITH_FINDINGS);
        assertEquals(List.of("4R-9"), codes(issues));
        assertEquals(Severity.ERROR, issues.get(0).getSeverity());
    }

    @Test
    void aProfileInAFolderAboveTheAgendaAppliesToo() throws Exception {
        Files.writeString(project.resolve("bondgenoot.profiel"), "4R-9 = uit\n");
        Path sub = Files.createDirectories(project.resolve("agendas"));
        URI uri = URI.createFileURI(sub.resolve("wijk.agenda").toString());
        Files.writeString(sub.resolve("wijk.agenda"), WITH_FINDINGS);
        List<Issue> issues = validation.validate(parser.parse(WITH_FINDINGS, uri, Examples.withModels(sets.get())));
        assertEquals(List.of("AG-13"), codes(issues));
    }

    @Test
    void anUnreadableProfileIsOneErrorOnTheFirstWordAndTheDefaultsStillApply() throws Exception {
        Files.writeString(project.resolve("bondgenoot.profiel"), "AG-13 = misschien\n");
        List<Issue> issues = validateInProject(WITH_FINDINGS);
        List<Issue> profile = issues.stream().filter(i -> AgendaValidator.PROFILE_PROBLEM.equals(i.getCode())).toList();
        assertEquals(1, profile.size(), issues.toString());
        assertEquals(Severity.ERROR, profile.get(0).getSeverity());
        assertEquals(0, profile.get(0).getOffset().intValue());
        assertEquals("maatschappelijke".length(), profile.get(0).getLength().intValue());
        assertTrue(profile.get(0).getMessage().contains("misschien"), profile.get(0).getMessage());
        assertTrue(codes(issues).containsAll(List.of("4R-9", "AG-13")), issues.toString());
    }

    @Test
    void aProfileLineWithoutEffectIsAWarningWithTheProfilesLine() throws Exception {
        Files.writeString(project.resolve("bondgenoot.profiel"), "# ons profiel\nAG-13.drempl = 3\n");
        List<Issue> issues = validateInProject(WITH_FINDINGS);
        List<Issue> profile = issues.stream().filter(i -> AgendaValidator.PROFILE_PROBLEM.equals(i.getCode())).toList();
        assertEquals(1, profile.size(), issues.toString());
        assertEquals(Severity.WARNING, profile.get(0).getSeverity());
        assertTrue(profile.get(0).getMessage().contains("bondgenoot.profiel:2: onbekende parameter 'AG-13.drempl'"),
                profile.get(0).getMessage());
    }
}

package nl.bondgenoot.rules.tests.domeinmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClassifier;
import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.builtin.BuiltinRuleSet;
import nl.bondgenoot.rules.domeinmodel.Domeinmodel;
import nl.bondgenoot.rules.domeinmodel.DomeinmodelCatalogue;
import nl.bondgenoot.rules.domeinmodel.RuleReads;

class DomeinmodelTest {

    private static final BondgenootPackage MODEL = BondgenootPackage.eINSTANCE;
    private final List<Rule<?>> rules = new BuiltinRuleSet().rules();
    private final RuleReads reads = new RuleReads(MODEL);

    private Set<String> featuresReadBy(String id) {
        Rule<?> rule = rules.stream().filter(r -> r.info().id().equals(id)).findFirst().orElseThrow();
        return reads.of(rule).features().stream().map(Domeinmodel::name).collect(Collectors.toSet());
    }

    @Test
    void aRuleReadsWhatItsOwnCodeAndItsHelpersRead() {
        Set<String> gov12 = featuresReadBy("GOV-12");
        // In the rule itself ...
        assertTrue(gov12.containsAll(Set.of("Sturingsrelatie.van", "Sturingsrelatie.naar",
                "Sturingsrelatie.doorzettingsmachtHeeft", "Netwerk.leden")), gov12.toString());
        // ... in Gemeenten.gefinancierdDoor, the model's Financiering and Gemeenteherkenning, which it calls.
        assertTrue(gov12.containsAll(Set.of("Financieringsstroom.financier", "Financieringsstroom.ontvanger",
                "Governancemodel.financieringsstromen", "Actor.categorie")), gov12.toString());
        assertFalse(gov12.contains("Governancemodel.maatschappelijkeAgenda"), gov12.toString());
    }

    @Test
    void aLambdaCountsAndAComparedLiteralIsNamed() {
        Rule<?> ag11 = rules.stream().filter(r -> r.info().id().equals("AG-11")).findFirst().orElseThrow();
        RuleReads.Reads read = reads.of(ag11);
        assertTrue(read.features().contains(MODEL.getEffect_Soort()), read.toString());
        assertTrue(read.literals().contains(MODEL.getDoelsoort().getEEnumLiteral("OUTCOME")), read.toString());
        assertTrue(read.byName().isEmpty());
    }

    @Test
    void aRuleThatReadsFeaturesByNameSaysSo() {
        Rule<?> ag8 = rules.stream().filter(r -> r.info().id().equals("AG-8")).findFirst().orElseThrow();
        assertEquals(MODEL.getUitvoeringsagenda(), reads.of(ag8).byName().orElseThrow());
    }

    @Test
    void everyClassAndEnumerationIsDocumentedWithItsEcoreDocumentation() {
        String md = DomeinmodelCatalogue.markdown(rules);
        for (EClassifier classifier : MODEL.getEClassifiers()) {
            assertTrue(md.contains("\n### " + classifier.getName() + "\n"), classifier.getName());
        }
        assertTrue(md.contains(Domeinmodel.documentation(MODEL.getElement_Id())), md);
        assertTrue(md.contains("| actoren | Actor (bevat) | 0..* |  | "), md);
    }

    @Test
    void thePublishedDomeinmodelIsTheGeneratedOne() throws IOException {
        String published = Files.readString(root().resolve("docs/domeinmodel.md"));
        assertEquals(DomeinmodelCatalogue.markdown(rules), published,
                "docs/domeinmodel.md is out of date: regenerate it with ./bondgenoot rules --domeinmodel > docs/domeinmodel.md");
    }

    private static Path root() {
        return Path.of(System.getProperty("bondgenoot.root", "../.."));
    }
}

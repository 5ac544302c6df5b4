package nl.bondgenoot.rules.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.engine.RuleEValidator;
import nl.bondgenoot.rules.tests.TestModels;

/** EMF's Diagnostician reports the rule engine's findings once the validator is installed. */
class RuleEValidatorTest {

    @Test
    void diagnosticianReportsTheSameFindingAsTheEngine() {
        EValidator previous = EValidator.Registry.INSTANCE.getEValidator(BondgenootPackage.eINSTANCE);
        RuleEValidator.install();
        try {
            TestModels t = new TestModels();
            Netwerk klein = t.netwerk("Klein", t.gemeente("G"), t.organisatie("O"));
            Diagnostic result = Diagnostician.INSTANCE.validate(t.model);
            assertEquals(Diagnostic.ERROR, result.getSeverity());
            Diagnostic net1 = result.getChildren().stream()
                    .filter(d -> d.getMessage().startsWith("[NET-1]")).findFirst().orElseThrow();
            Finding finding = (Finding) net1.getData().get(0);
            assertSame(klein, finding.element());
            assertTrue(net1.getMessage().endsWith("(S2:2258-2260)"), net1.getMessage());
        } finally {
            EValidator.Registry.INSTANCE.put(BondgenootPackage.eINSTANCE, previous);
        }
    }
}

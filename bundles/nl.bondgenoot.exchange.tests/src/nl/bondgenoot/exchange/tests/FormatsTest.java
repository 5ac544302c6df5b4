package nl.bondgenoot.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import nl.bondgenoot.exchange.Format;
import nl.bondgenoot.exchange.Formats;

/** The formats come from the extension point, as tool builders contribute theirs. */
class FormatsTest {

    @Test
    void csvAndXlsxAreContributed() {
        assertNotNull(RegistryFactory.getRegistry(), "het extensieregister");
        assertEquals(List.of(), Formats.get().problems());
        // the test fragment contributes namenlijst (ContributedExporterTest)
        assertEquals(Set.of("csv", "xlsx", "namenlijst"), Set.copyOf(Formats.get().exportNames()));
        assertEquals(List.of("csv", "xlsx"), Formats.get().importers().stream().map(Format::name).toList());
    }
}

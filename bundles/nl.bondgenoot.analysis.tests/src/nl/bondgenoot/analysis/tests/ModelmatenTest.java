package nl.bondgenoot.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.analysis.Modelmaten;
import nl.bondgenoot.analysis.maten.Netwerkanalyse;

class ModelmatenTest {

    @Test
    void computedOncePerRevision() {
        Modellen m = Modellen.pad();
        Netwerkanalyse eerst = Modelmaten.van(m.model, Modellen.PEILDATUM);
        assertSame(eerst, Modelmaten.van(m.model, Modellen.PEILDATUM), "the same revision: not computed again");
        m.relaties("a>d");
        Netwerkanalyse daarna = Modelmaten.van(m.model, Modellen.PEILDATUM);
        assertNotSame(eerst, daarna);
        assertEquals(4, daarna.banden(), "the new relation counts");
        assertEquals(1, m.model.eAdapters().size(), "one listener per model");
    }
}

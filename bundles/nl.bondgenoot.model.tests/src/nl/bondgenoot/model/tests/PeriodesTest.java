package nl.bondgenoot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Periode;
import nl.bondgenoot.model.tijd.Periodes;

class PeriodesTest {

    private static final LocalDate START = LocalDate.of(2003, 1, 1);
    private static final LocalDate END = LocalDate.of(2007, 12, 31);

    @Test
    void aPeriodHoldsFromItsFirstToItsLastDayInclusive() {
        Periode periode = Periodes.periode(START, END);
        assertFalse(Periodes.geldtOp(periode, START.minusDays(1)));
        assertTrue(Periodes.geldtOp(periode, START));
        assertTrue(Periodes.geldtOp(periode, END));
        assertFalse(Periodes.geldtOp(periode, END.plusDays(1)));
    }

    @Test
    void anOpenEndOrNoPeriodHolds() {
        assertTrue(Periodes.geldtOp(Periodes.periode(START, null), LocalDate.of(2030, 6, 1)));
        assertFalse(Periodes.geldtOp(Periodes.periode(START, null), LocalDate.of(2002, 6, 1)));
        assertTrue(Periodes.geldtOp(Periodes.periode(null, END), LocalDate.of(1990, 6, 1)));
        assertTrue(Periodes.geldtOp(null, LocalDate.of(1990, 6, 1)));
    }

    @Test
    void aFileWritesTheDatesAsXsdDatesAndReadsThemBack() {
        Periode periode = Periodes.periode(START, END);
        EAttribute van = BondgenootPackage.Literals.PERIODE__VAN;
        String written = EcoreUtil.convertToString(van.getEAttributeType(), periode.getVan());
        assertEquals("2003-01-01", written);
        Periode read = Periodes.periode(null, null);
        read.eSet(van, EcoreUtil.createFromString(van.getEAttributeType(), written));
        assertEquals(START, Periodes.van(read));
    }

    @Test
    void thePeriodInDutchWords() {
        assertEquals("van 1 januari 2003 tot en met 31 december 2007", Periodes.tekst(Periodes.periode(START, END)));
        assertEquals("vanaf 1 januari 2003", Periodes.tekst(Periodes.periode(START, null)));
        assertEquals("tot en met 31 december 2007", Periodes.tekst(Periodes.periode(null, END)));
    }

    @Test
    void aMistypedDateSaysHowToWriteOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Periodes.parse("1-1-2011"));
        assertEquals("'1-1-2011' is geen datum; schrijf jjjj-mm-dd, bijvoorbeeld 2011-01-01", e.getMessage());
        assertEquals(LocalDate.of(2011, 1, 1), Periodes.parse(" 2011-01-01 "));
    }
}

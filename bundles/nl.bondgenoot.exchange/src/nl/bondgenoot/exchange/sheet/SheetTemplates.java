package nl.bondgenoot.exchange.sheet;

import static nl.bondgenoot.exchange.sheet.Column.Type.ACTOR_SOORT;
import static nl.bondgenoot.exchange.sheet.Column.Type.AMOUNT;
import static nl.bondgenoot.exchange.sheet.Column.Type.ENUMERATION;
import static nl.bondgenoot.exchange.sheet.Column.Type.ID;
import static nl.bondgenoot.exchange.sheet.Column.Type.NETWERK;
import static nl.bondgenoot.exchange.sheet.Column.Type.PERIOD_FROM;
import static nl.bondgenoot.exchange.sheet.Column.Type.PERIOD_TO;
import static nl.bondgenoot.exchange.sheet.Column.Type.REFERENCE;
import static nl.bondgenoot.exchange.sheet.Column.Type.TEXT;
import static nl.bondgenoot.exchange.sheet.Column.Type.YES_NO;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;

import nl.bondgenoot.model.BondgenootPackage.Literals;
import nl.bondgenoot.model.Governancemodel;

/**
 * The Dutch spreadsheet templates, defined once for every format (CSV and XLSX): which sheets, in
 * which order, with which columns. Netwerken come first because the other sheets name them; an
 * importer reads the sheets in this order, whatever order the file has.
 *
 * <p>What the templates do not carry (kept as it is on import): of actors the derived financiers; of
 * netwerken everything but name, description, vorm and netwerktype (their regie, organen, typeringen,
 * participatie, indicatoren, gemeenterollen, ...); of sturingsrelaties inschrijvers, BCF-stappen and
 * opgave; every other kind of element (agendas, opgaven, convenanten, ...).
 */
public final class SheetTemplates {

    public static final SheetKind NETWERKEN = new SheetKind("Netwerken", Literals.NETWERK, "Netwerk", List.of(
            col("id", ID, Literals.ELEMENT__ID),
            required("naam", TEXT, Literals.ELEMENT__NAAM),
            col("beschrijving", TEXT, Literals.ELEMENT__BESCHRIJVING),
            col("vorm", ENUMERATION, Literals.NETWERK__VORM),
            col("netwerktype", ENUMERATION, Literals.NETWERK__NETWERKTYPE)),
            Literals.GOVERNANCEMODEL__NETWERKEN, Governancemodel::getNetwerken, List.of("naam"));

    public static final SheetKind ACTOREN = new SheetKind("Actoren", Literals.ACTOR, "Actor", List.of(
            col("id", ID, Literals.ELEMENT__ID),
            required("naam", TEXT, Literals.ELEMENT__NAAM),
            col("beschrijving", TEXT, Literals.ELEMENT__BESCHRIJVING),
            col("categorie", ENUMERATION, Literals.ACTOR__CATEGORIE),
            col("soort", ACTOR_SOORT, Literals.ACTOR__SOORT),
            col("sector", ENUMERATION, Literals.ACTOR__SECTOR),
            col("niveau", ENUMERATION, Literals.ACTOR__NIVEAU),
            col("houding", ENUMERATION, Literals.ACTOR__HOUDING),
            col("onderdeel van", REFERENCE, Literals.ACTOR__ONDERDEEL_VAN)),
            Literals.GOVERNANCEMODEL__ACTOREN, Governancemodel::getActoren, List.of("naam"));

    public static final SheetKind ROLLEN = new SheetKind("Rollen", Literals.ROL, "Rol", List.of(
            col("id", ID, Literals.ELEMENT__ID),
            required("netwerk", NETWERK, null),
            required("actor", REFERENCE, Literals.ROL__ACTOR),
            col("soort", ENUMERATION, Literals.ROL__SOORT),
            col("fase", ENUMERATION, Literals.ROL__FASE),
            col("in primair proces", YES_NO, Literals.ROL__IN_PRIMAIR_PROCES),
            col("verantwoordelijkheid", TEXT, Literals.ROL__VERANTWOORDELIJKHEID),
            col("naam", TEXT, Literals.ELEMENT__NAAM),
            col("beschrijving", TEXT, Literals.ELEMENT__BESCHRIJVING),
            col("geldig van", PERIOD_FROM, Literals.ROL__PERIODE),
            col("geldig tot", PERIOD_TO, Literals.ROL__PERIODE)),
            Literals.NETWERK__ROLLEN, m -> m.getNetwerken().stream().flatMap(n -> n.getRollen().stream()).toList(),
            List.of("netwerk", "actor", "soort"));

    /**
     * Members of netwerken: one row per lidmaatschap (with its id and period), and one row without id
     * for a member of the netwerk's leden without a lidmaatschap (a member without a known period).
     */
    public static final SheetKind LIDMAATSCHAPPEN = new SheetKind("Lidmaatschappen", Literals.LIDMAATSCHAP, "Lidmaatschap",
            List.of(
                    col("id", ID, Literals.ELEMENT__ID),
                    required("netwerk", NETWERK, null),
                    required("lid", REFERENCE, Literals.LIDMAATSCHAP__LID),
                    col("geldig van", PERIOD_FROM, Literals.LIDMAATSCHAP__PERIODE),
                    col("geldig tot", PERIOD_TO, Literals.LIDMAATSCHAP__PERIODE),
                    col("beschrijving", TEXT, Literals.ELEMENT__BESCHRIJVING)),
            Literals.NETWERK__LIDMAATSCHAPPEN,
            m -> m.getNetwerken().stream().flatMap(n -> n.getLidmaatschappen().stream()).toList(),
            List.of("netwerk", "lid", "geldig van"));

    public static final SheetKind STURINGSRELATIES = new SheetKind("Sturingsrelaties", Literals.STURINGSRELATIE,
            "Sturingsrelatie", List.of(
                    col("id", ID, Literals.ELEMENT__ID),
                    required("van", REFERENCE, Literals.STURINGSRELATIE__VAN),
                    required("naar", REFERENCE, Literals.STURINGSRELATIE__NAAR),
                    col("soort", ENUMERATION, Literals.STURINGSRELATIE__SOORT),
                    col("oriëntatie", ENUMERATION, Literals.STURINGSRELATIE__ORIENTATIE),
                    col("doorzettingsmacht heeft", ENUMERATION, Literals.STURINGSRELATIE__DOORZETTINGSMACHT_HEEFT),
                    col("doorzettingsmacht gebruik", ENUMERATION, Literals.STURINGSRELATIE__DOORZETTINGSMACHT_GEBRUIK),
                    col("fase", ENUMERATION, Literals.STURINGSRELATIE__FASE),
                    col("afdwingen samenwerking", YES_NO, Literals.STURINGSRELATIE__AFDWINGEN_SAMENWERKING),
                    col("productspecificatie", TEXT, Literals.STURINGSRELATIE__PRODUCTSPECIFICATIE),
                    col("prestatie-indicatoren", TEXT, Literals.STURINGSRELATIE__PRESTATIE_INDICATOREN),
                    col("termijn", TEXT, Literals.STURINGSRELATIE__TERMIJN),
                    col("naam", TEXT, Literals.ELEMENT__NAAM),
                    col("beschrijving", TEXT, Literals.ELEMENT__BESCHRIJVING),
                    col("geldig van", PERIOD_FROM, Literals.STURINGSRELATIE__PERIODE),
                    col("geldig tot", PERIOD_TO, Literals.STURINGSRELATIE__PERIODE)),
            Literals.GOVERNANCEMODEL__STURINGSRELATIES, Governancemodel::getSturingsrelaties, List.of("van", "naar", "soort"));

    public static final SheetKind FINANCIERINGSSTROMEN = new SheetKind("Financieringsstromen", Literals.FINANCIERINGSSTROOM,
            "Financieringsstroom", List.of(
                    col("id", ID, Literals.ELEMENT__ID),
                    required("financier", REFERENCE, Literals.FINANCIERINGSSTROOM__FINANCIER),
                    required("ontvanger", REFERENCE, Literals.FINANCIERINGSSTROOM__ONTVANGER),
                    col("bedrag", AMOUNT, Literals.FINANCIERINGSSTROOM__BEDRAG),
                    col("instrument", ENUMERATION, Literals.FINANCIERINGSSTROOM__INSTRUMENT),
                    col("kader", ENUMERATION, Literals.FINANCIERINGSSTROOM__KADER),
                    col("budget", TEXT, Literals.FINANCIERINGSSTROOM__BUDGET),
                    col("ontschot", YES_NO, Literals.FINANCIERINGSSTROOM__ONTSCHOT),
                    col("naam", TEXT, Literals.ELEMENT__NAAM),
                    col("beschrijving", TEXT, Literals.ELEMENT__BESCHRIJVING),
                    col("geldig van", PERIOD_FROM, Literals.FINANCIERINGSSTROOM__PERIODE),
                    col("geldig tot", PERIOD_TO, Literals.FINANCIERINGSSTROOM__PERIODE)),
            Literals.GOVERNANCEMODEL__FINANCIERINGSSTROMEN, Governancemodel::getFinancieringsstromen,
            List.of("financier", "ontvanger", "instrument"));

    /** Every sheet, in the order they are written and read. */
    public static final List<SheetKind> ALL = List.of(NETWERKEN, ACTOREN, ROLLEN, LIDMAATSCHAPPEN, STURINGSRELATIES,
            FINANCIERINGSSTROMEN);

    private SheetTemplates() {
    }

    /** The sheet with this name (any case), as a workbook's sheet or a CSV file's suffix names it. */
    public static Optional<SheetKind> named(String name) {
        String n = name == null ? "" : name.strip();
        return ALL.stream().filter(k -> k.name().equalsIgnoreCase(n)).findFirst();
    }

    private static Column col(String header, Column.Type type, EStructuralFeature feature) {
        return new Column(header, type, feature, false);
    }

    private static Column required(String header, Column.Type type, EStructuralFeature feature) {
        return new Column(header, type, feature, true);
    }
}

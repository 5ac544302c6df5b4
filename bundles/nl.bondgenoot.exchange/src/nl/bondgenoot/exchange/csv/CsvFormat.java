package nl.bondgenoot.exchange.csv;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import nl.bondgenoot.exchange.sheet.SheetKind;
import nl.bondgenoot.exchange.sheet.SheetTemplates;

/**
 * CSV as Bondgenoot writes it: one file per sheet, named after the target with the sheet's name as a
 * fixed suffix ({@code regio.csv} gives {@code regio-actoren.csv}, {@code regio-rollen.csv}, ...), UTF-8
 * with a byte order mark and semicolons, as Excel in a Dutch locale opens and saves it. Read: the
 * sheet is the suffix of the file name; semicolons or commas, whichever the header line uses.
 */
final class CsvFormat {

    static final char SEPARATOR = ';';

    private CsvFormat() {
    }

    /** The file of a sheet beside the target: regio.csv, Actoren -> regio-actoren.csv. */
    static Path fileOf(Path target, SheetKind kind) {
        String name = target.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        for (SheetKind k : SheetTemplates.ALL) { // regio-actoren.csv as target names regio
            if (base.toLowerCase(Locale.ROOT).endsWith("-" + k.name().toLowerCase(Locale.ROOT))) {
                base = base.substring(0, base.length() - k.name().length() - 1);
                break;
            }
        }
        return target.resolveSibling(base + "-" + kind.name().toLowerCase(Locale.ROOT) + ".csv");
    }

    /** The sheet a CSV file holds, from its name's suffix (regio-actoren.csv, or actoren.csv). */
    static Optional<SheetKind> kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String base = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        String suffix = base.substring(base.lastIndexOf('-') + 1);
        return SheetTemplates.named(suffix);
    }
}

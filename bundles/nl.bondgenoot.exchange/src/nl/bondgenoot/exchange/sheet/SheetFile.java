package nl.bondgenoot.exchange.sheet;

import java.util.List;

import nl.bondgenoot.exchange.preview.Rejection;

/**
 * What a reader made of one file: its sheets, and the cells it could not use (a formula, an error
 * value) as rejections with sheet, row and column.
 */
public record SheetFile(List<Sheet> sheets, List<Rejection> rejections) {
    public SheetFile {
        sheets = List.copyOf(sheets);
        rejections = List.copyOf(rejections);
    }
}

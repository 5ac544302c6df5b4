package nl.bondgenoot.ui.views;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A table column's cells from functions of the row: text, image (or none) and tooltip (or none). A column
 * that can be too narrow for its text gives the text itself as tooltip, so it can be read whole on hover.
 *
 * @param <R> the kind of row
 */
final class CellText<R> extends ColumnLabelProvider {

    private final Class<R> rowType;
    private final Function<R, String> text;
    private final Function<R, Image> image;
    private final Function<R, String> tooltip;

    CellText(Class<R> rowType, Function<R, String> text, Function<R, Image> image, Function<R, String> tooltip) {
        this.rowType = rowType;
        this.text = text;
        this.image = image;
        this.tooltip = tooltip;
    }

    @Override
    public String getText(Object element) {
        return text.apply(rowType.cast(element));
    }

    @Override
    public Image getImage(Object element) {
        return image == null ? null : image.apply(rowType.cast(element));
    }

    @Override
    public String getToolTipText(Object element) {
        return tooltip == null ? null : tooltip.apply(rowType.cast(element));
    }
}

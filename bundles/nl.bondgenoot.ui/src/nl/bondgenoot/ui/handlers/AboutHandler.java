package nl.bondgenoot.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.bondgenoot.ui.Messages;

/** Help > Over Bondgenoot: the product's about text in a plain dialog. */
public class AboutHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        MessageDialog.openInformation(HandlerUtil.getActiveShellChecked(event), Messages.about_title, aboutText());
        return null;
    }

    /** The product's text when started as the product; the bundle's own otherwise (e.g. in tests). */
    static String aboutText() {
        IProduct product = Platform.getProduct();
        String text = product == null ? null : product.getProperty("aboutText");
        return text == null || text.isBlank() ? Messages.about_text : text;
    }
}

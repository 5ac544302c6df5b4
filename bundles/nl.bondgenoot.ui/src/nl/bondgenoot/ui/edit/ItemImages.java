package nl.bondgenoot.ui.edit;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;

/**
 * Item providers name their icons by URL (or compose them); SWT wants images. Each icon is made
 * once and disposed with its owner.
 */
public final class ItemImages {

    private final Map<URL, Image> images = new HashMap<>();

    public Image get(Object image) {
        if (image instanceof ComposedImage composed) {
            List<Object> parts = composed.getImages();
            return parts.isEmpty() ? null : get(parts.get(0)); // the base icon; overlays are not used here
        }
        if (image instanceof URL url) {
            return images.computeIfAbsent(url, u -> ImageDescriptor.createFromURL(u).createImage(false));
        }
        if (image instanceof Image swt) {
            return swt;
        }
        return null;
    }

    public void dispose() {
        images.values().stream().filter(i -> i != null && !i.isDisposed()).forEach(Image::dispose);
        images.clear();
    }
}

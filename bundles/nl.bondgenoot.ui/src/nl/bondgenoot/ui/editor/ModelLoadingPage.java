package nl.bondgenoot.ui.editor;

import java.nio.file.Path;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import nl.bondgenoot.ui.Messages;

/**
 * The model editor's page while a large model is read in the background: what is being read, a
 * progress bar by the bytes read, and a button that cancels (and closes the editor).
 */
final class ModelLoadingPage {

    private ModelLoadingPage() {
    }

    static void show(Composite parent, Path file, ResourceSet set, BiConsumer<Composite, ModelLoadJob.Result> loaded) {
        long size = ModelLoadJob.size(file);
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(20, 20).applyTo(page);
        new Label(page, SWT.WRAP).setText(NLS.bind(Messages.modelEditor_loading, file.getFileName(),
                String.format("%.1f", size / (1024.0 * 1024.0))));
        ProgressBar bar = new ProgressBar(page, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum((int) Math.max(1, size / 1024));
        GridDataFactory.fillDefaults().hint(360, SWT.DEFAULT).applyTo(bar);
        Button cancel = new Button(page, SWT.PUSH);
        cancel.setText(Messages.modelEditor_cancelLoading);
        cancel.setFocus();

        ModelLoadJob job = new ModelLoadJob(file, set,
                bytes -> bar.getDisplay().asyncExec(() -> {
                    if (!bar.isDisposed()) {
                        bar.setSelection((int) (bytes / 1024));
                    }
                }),
                result -> parent.getDisplay().asyncExec(() -> {
                    if (parent.isDisposed()) {
                        return;
                    }
                    page.dispose();
                    loaded.accept(parent, result);
                }));
        cancel.addListener(SWT.Selection, e -> {
            cancel.setEnabled(false);
            job.cancel();
        });
        page.addDisposeListener(e -> job.cancel()); // closed while reading: stop reading
        job.schedule();
    }
}

package nl.bondgenoot.help.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.LocationEvent;
import org.eclipse.swt.browser.LocationListener;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import nl.bondgenoot.help.GuideContents;
import nl.bondgenoot.help.GuideFolder;
import nl.bondgenoot.help.GuideNavigation;
import nl.bondgenoot.help.Messages;
import nl.bondgenoot.help.NoBrowserNotice;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.ui.pages.EmbeddedBrowser;
import nl.bondgenoot.ui.pages.PageInput;
import nl.bondgenoot.ui.pages.ReadOnlyPage;

/**
 * "Handleiding": the guide's pages in an SWT Browser, with the table of contents on the left and
 * back/forward above it. The pages are files in a folder of their own (see {@link GuideFolder}); the
 * browser opens nothing outside it.
 */
public class HandleidingEditor extends ReadOnlyPage {

    public static final String ID = "nl.bondgenoot.help.editor";
    private static final PageInput INPUT = new PageInput(Messages.editor_name, Messages.editor_tooltip);

    private Path folder;
    private GuideNavigation navigation;
    private Browser browser;
    private org.eclipse.swt.widgets.List contents;
    private Button back;
    private Button forward;
    private Label status;
    private Control focus;

    public static HandleidingEditor open(IWorkbenchPage page) throws PartInitException {
        return (HandleidingEditor) page.openEditor(INPUT, ID);
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        Path start;
        try {
            folder = GuideFolder.defaultFolder();
            start = GuideFolder.write(folder, Rules.all());
        } catch (IOException e) {
            Platform.getLog(getClass()).error("De handleiding kon niet worden klaargezet", e);
            focus = notice(parent, NLS.bind(Messages.prepareFailed, folder, e.getMessage()));
            return;
        }
        navigation = new GuideNavigation(folder);
        // The contents keep the width their titles need; the page gets the rest, also when maximised.
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        Composite left = new Composite(area, SWT.NONE);
        left.setLayoutData(new GridData(SWT.BEGINNING, SWT.FILL, false, true));
        createContents(left);
        Composite right = new Composite(area, SWT.NONE);
        right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        GridLayout rightLayout = new GridLayout(1, false);
        rightLayout.marginWidth = 0;
        rightLayout.marginHeight = 0;
        right.setLayout(rightLayout);
        browser = EmbeddedBrowser.create(right, "de handleiding").orElse(null);
        if (browser == null) {
            for (Control child : right.getChildren()) {
                child.dispose();
            }
            right.setLayout(new FillLayout());
            focus = notice(right, NoBrowserNotice.text(folder));
            return;
        }
        browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        browser.addLocationListener(new LocalOnly());
        status = new Label(right, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.END, true, false);
        statusData.widthHint = 100; // a wrapping label would otherwise ask for its whole text's width
        status.setLayoutData(statusData);
        focus = browser;
        browser.setUrl(start.toUri().toString());
    }

    private void createContents(Composite left) {
        left.setLayout(new GridLayout(2, true));
        back = new Button(left, SWT.PUSH);
        back.setText(Messages.back);
        back.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        back.setEnabled(false);
        back.addListener(SWT.Selection, e -> browser.back());
        forward = new Button(left, SWT.PUSH);
        forward.setText(Messages.forward);
        forward.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        forward.setEnabled(false);
        forward.addListener(SWT.Selection, e -> browser.forward());
        contents = new org.eclipse.swt.widgets.List(left, SWT.SINGLE | SWT.V_SCROLL);
        contents.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        contents.setItems(titles().toArray(String[]::new));
        contents.addListener(SWT.Selection, e -> {
            int index = contents.getSelectionIndex();
            if (index >= 0) {
                show(GuideContents.PAGES.get(index));
            }
        });
    }

    private List<String> titles() {
        List<String> titles = new ArrayList<>();
        for (String page : GuideContents.PAGES) {
            try {
                titles.add(GuideContents.title(folder.resolve(page)));
            } catch (IOException e) {
                titles.add(page);
            }
        }
        return titles;
    }

    private static Control notice(Composite parent, String message) {
        Text text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setText(message); // selectable, so the command and the folder can be copied
        return text;
    }

    /** Shows one of the guide's pages ({@link GuideContents#PAGES}). */
    public void show(String page) {
        if (browser != null) {
            browser.setUrl(folder.resolve(page).toUri().toString());
        }
    }

    /** The browser with the pages, or null when none could be made. */
    public Browser browser() {
        return browser;
    }

    public org.eclipse.swt.widgets.List contents() {
        return contents;
    }

    public Path folder() {
        return folder;
    }

    /** The line under the page: why a link was not opened, or empty. */
    public String status() {
        return status == null ? "" : status.getText();
    }

    /** Refuses every address outside the guide's folder and keeps contents and buttons in step. */
    private final class LocalOnly implements LocationListener {

        @Override
        public void changing(LocationEvent event) {
            if (!navigation.allows(event.location)) {
                event.doit = false;
                String address = event.location.replace("&", "&&"); // a label reads & as a mnemonic
                status.setText(NLS.bind(Messages.refused, address));
                status.getParent().layout();
            }
        }

        @Override
        public void changed(LocationEvent event) {
            if (!event.top) {
                return;
            }
            status.setText("");
            String location = event.location.replaceFirst("#.*$", "");
            int index = GuideContents.PAGES.indexOf(location.substring(location.lastIndexOf('/') + 1));
            if (index >= 0) {
                contents.setSelection(index);
            } else {
                contents.deselectAll();
            }
            back.setEnabled(browser.isBackEnabled());
            forward.setEnabled(browser.isForwardEnabled());
        }
    }

    @Override
    public void setFocus() {
        if (focus != null && !focus.isDisposed()) {
            focus.setFocus();
        }
    }

}

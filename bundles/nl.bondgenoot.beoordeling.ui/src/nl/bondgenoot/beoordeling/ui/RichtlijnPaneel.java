package nl.bondgenoot.beoordeling.ui;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The guidance panel beside the form: for the question the consultant asked for (the "extra aandacht"
 * flag, or the question being answered), the seed's aandachtspunten, tips en voorbeelden quoted word for
 * word, with the lines of the seed they come from.
 */
final class RichtlijnPaneel {

    private final Composite panel;
    private final Label titel;
    private final Label vraag;
    private final Text tekst;
    private final Label bron;
    private Formulier.Vraag getoond;

    RichtlijnPaneel(Composite parent) {
        panel = new Composite(parent, SWT.NONE);
        panel.setLayout(new GridLayout(1, false));
        titel = new Label(panel, SWT.WRAP);
        titel.setFont(JFaceResources.getBannerFont());
        titel.setText(Messages.guidance_title);
        titel.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
        vraag = new Label(panel, SWT.WRAP);
        vraag.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        vraag.setText(Messages.guidance_none);
        GridData vraagData = new GridData(SWT.FILL, SWT.BEGINNING, true, false);
        vraagData.widthHint = 200;
        vraag.setLayoutData(vraagData);
        tekst = new Text(panel, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        GridData tekstData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tekstData.widthHint = 200;
        tekst.setLayoutData(tekstData);
        bron = new Label(panel, SWT.WRAP);
        bron.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
    }

    Composite control() {
        return panel;
    }

    /** Shows the guidance of a question: the quoted text when shipped, else where in the seed it stands. */
    void toon(Formulier.Vraag v, String richtlijn) {
        getoond = v;
        vraag.setText(v.id() + "  " + v.tekst());
        tekst.setText(richtlijn == null || richtlijn.isBlank() ? NLS.bind(Messages.guidance_notShipped, v.richtlijn())
                : "\u201C" + richtlijn.strip() + "\u201D");
        bron.setText(v.richtlijn().isEmpty() ? "" : NLS.bind(Messages.guidance_source, v.richtlijn()));
        panel.layout(true, true);
    }

    /** The question whose guidance is shown, or null. */
    Formulier.Vraag getoond() {
        return getoond;
    }

    String tekst() {
        return tekst.getText();
    }

    Text tekstControl() {
        return tekst;
    }
}

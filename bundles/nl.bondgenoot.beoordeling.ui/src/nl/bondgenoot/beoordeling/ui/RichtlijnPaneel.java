package nl.bondgenoot.beoordeling.ui;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.bondgenoot.model.instrumenten.Instrument;

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
    private Instrument.Item getoond;

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

    /** Shows the guidance of a question, quoted word for word with its source lines. */
    void toon(Instrument.Item item) {
        getoond = item;
        vraag.setText(item.id() + "  " + item.tekst());
        Instrument.Richtlijn richtlijn = item.richtlijn();
        if (richtlijn == null || richtlijn.tekst().isBlank()) {
            tekst.setText(NLS.bind(Messages.guidance_notShipped, item.waarde("richtlijn")));
            bron.setText("");
        } else {
            tekst.setText("\u201C" + richtlijn.tekst().strip() + "\u201D");
            bron.setText(NLS.bind(Messages.guidance_source, richtlijn.bron()));
        }
        panel.layout(true, true);
    }

    /** The question whose guidance is shown, or null. */
    Instrument.Item getoond() {
        return getoond;
    }

    String tekst() {
        return tekst.getText();
    }

    Text tekstControl() {
        return tekst;
    }
}

package nl.bondgenoot.ui.properties;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.events.ControlAdapter;
import org.eclipse.swt.events.ControlEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * A tab of Eigenschappen that edits one group of properties in the familiar two-column sheet, with
 * the editor per kind of value that {@link ItemPropertyDescriptor} picks. Every change is an EMF
 * command on the editor's editing domain.
 */
public abstract class PropertyTableSection extends AbstractPropertySection {

    private DutchPropertySheetPage sheet;

    protected abstract PropertyGroup group();

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage tabbedPage) {
        super.createControls(parent, tabbedPage);
        Composite composite = getWidgetFactory().createFlatFormComposite(parent);
        sheet = new DutchPropertySheetPage();
        sheet.createControl(composite);
        Control control = sheet.getControl();
        SectionLayout.fill(control);
        control.addControlListener(new ControlAdapter() {
            @Override
            public void controlResized(ControlEvent e) {
                tabbedPage.resizeScrolledComposite();
            }
        });
    }

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        super.setInput(part, selection);
        if (part instanceof IEditingDomainProvider provider
                && provider.getEditingDomain() instanceof AdapterFactoryEditingDomain domain) {
            sheet.setPropertySourceProvider(new ItemPropertySourceProvider(domain.getAdapterFactory(), group()));
        }
        sheet.selectionChanged(part, selection);
    }

    @Override
    public void refresh() {
        sheet.refresh();
    }

    @Override
    public boolean shouldUseExtraSpace() {
        return true;
    }

    @Override
    public void dispose() {
        if (sheet != null) {
            sheet.dispose();
        }
        super.dispose();
    }

    /** The sheet itself, for tests that read its rows. */
    public Control sheetControl() {
        return sheet.getControl();
    }

    /** Algemeen: names, kinds, numbers, yes/no. */
    public static class Algemeen extends PropertyTableSection {
        @Override
        protected PropertyGroup group() {
            return PropertyGroup.ALGEMEEN;
        }
    }

    /** Relaties: the other elements this one refers to, chosen from the model. */
    public static class Relaties extends PropertyTableSection {
        @Override
        protected PropertyGroup group() {
            return PropertyGroup.RELATIES;
        }
    }
}

package nl.bondgenoot.ui.properties;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.views.properties.PropertySheetPage;
import nl.bondgenoot.ui.Messages;

/**
 * The platform's property sheet with column titles of our own (Dutch, or English with the platform
 * locale) and without its English toolbar (no Dutch language pack of the platform is obtainable here).
 */
public class DutchPropertySheetPage extends PropertySheetPage {

    public static final String PROPERTY_COLUMN = Messages.properties_propertyColumn;
    public static final String VALUE_COLUMN = Messages.properties_valueColumn;

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        if (getControl() instanceof Tree tree && tree.getColumnCount() == 2) {
            tree.getColumn(0).setText(PROPERTY_COLUMN);
            tree.getColumn(1).setText(VALUE_COLUMN);
        }
    }

    @Override
    public void makeContributions(IMenuManager menuManager, IToolBarManager toolBarManager, IStatusLineManager statusLineManager) {
        // none: categories, advanced properties and restore-default come with English labels only
    }
}

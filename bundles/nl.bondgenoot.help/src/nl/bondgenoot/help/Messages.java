package nl.bondgenoot.help;

import org.eclipse.osgi.util.NLS;

/**
 * The Handleiding's own texts around the pages: Dutch in messages.properties, English in
 * messages_en.properties (NLS picks the platform locale's). The guide's pages themselves are Dutch.
 */
public final class Messages extends NLS {

    public static String editor_name;
    public static String editor_tooltip;
    public static String back;
    public static String forward;
    public static String refused;
    public static String prepareFailed;
    public static String openFailed;
    public static String noBrowser;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}

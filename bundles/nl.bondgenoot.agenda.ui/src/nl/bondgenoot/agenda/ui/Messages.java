package nl.bondgenoot.agenda.ui;

import org.eclipse.osgi.util.NLS;

/**
 * The UI texts of the agenda editor: Dutch in messages.properties, English in messages_en.properties
 * (NLS picks the file of the platform locale, -nl); plugin.xml texts are in plugin.properties and plugin_en.properties.
 */
public final class Messages extends NLS {

    public static String format_syntaxErrors;
    public static String file_notOnDisk;

    public static String rename_title;
    public static String rename_question;
    public static String rename_emptyName;
    public static String rename_alsoChanged;
    public static String rename_notSaved;
    public static String rename_nothingHere;
    public static String rename_otherDirty;
    public static String rename_failed;

    public static String menu_undo;
    public static String menu_redo;
    public static String menu_cut;
    public static String menu_copy;
    public static String menu_paste;
    public static String menu_contentAssist;
    public static String menu_quickFix;
    public static String menu_goToDefinition;
    public static String menu_rename;
    public static String menu_format;
    public static String menu_save;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}

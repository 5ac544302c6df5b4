package nl.bondgenoot.diagram.ui;

import org.eclipse.osgi.util.NLS;

/**
 * The UI texts of the network map in the workbench: Dutch in messages.properties, English in
 * messages_en.properties (NLS picks the file of the platform locale, -nl); plugin.xml texts are in
 * plugin.properties and plugin_en.properties.
 */
public final class Messages extends NLS {

    public static String editor_unreadable;
    public static String editor_stillLoading;
    public static String editor_noModel;
    public static String editor_noBrowser;
    public static String editor_serverFailed;
    public static String open_title;
    public static String open_noModel;
    public static String open_failed;
    public static String export_title;
    public static String export_svg;
    public static String export_png;
    public static String export_failed;
    public static String views_title;
    public static String views_refused;
    public static String views_notWritten;
    public static String views_renameTitle;
    public static String views_renamePrompt;
    public static String views_copyName;
    public static String views_deleteTitle;
    public static String views_deleteQuestion;
    public static String views_deleteButton;
    public static String views_cancel;
    public static String views_newTitle;
    public static String views_newMessage;
    public static String views_nameLabel;
    public static String views_kindLabel;
    public static String views_defaultName;
    public static String views_everything;
    public static String views_chosen;
    public static String views_around;
    public static String views_steps;
    public static String chain_title;
    public static String chain_open;
    public static String chain_noAgenda;
    public static String chain_editorClosed;
    public static String compare_menu;
    public static String compare_title;
    public static String compare_unreadable;
    public static String compare_fileTitle;
    public static String compare_revisionTitle;
    public static String compare_revisionPrompt;
    public static String compare_revisionEmpty;

    static {
        NLS.initializeMessages("nl.bondgenoot.diagram.ui.messages", Messages.class);
    }

    private Messages() {
    }
}

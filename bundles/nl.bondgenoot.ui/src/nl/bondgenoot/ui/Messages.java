package nl.bondgenoot.ui;

import org.eclipse.osgi.util.NLS;

/** The Dutch UI texts of the workbench (messages.properties); plugin.xml texts are in plugin.properties. */
public final class Messages extends NLS {

    public static String properties_noFindings;
    public static String properties_selectedCount;
    public static String modelEditor_loadingJob;
    public static String modelEditor_loading;
    public static String modelEditor_cancelLoading;
    public static String window_title;
    public static String window_titleWithFile;
    public static String menu_file;
    public static String menu_help;
    public static String explorer_hint;
    public static String explorer_actors;
    public static String explorer_networks;
    public static String explorer_unnamed;
    public static String findings_severity;
    public static String findings_rule;
    public static String findings_element;
    public static String findings_line;
    public static String findings_message;
    public static String findings_source;
    public static String findings_none;
    public static String findings_count;
    public static String findings_noModel;
    public static String open_dialogTitle;
    public static String open_filterModels;
    public static String open_filterAgendas;
    public static String open_filterAll;
    public static String open_failed;
    public static String open_errorTitle;
    public static String about_title;
    public static String about_text;
    public static String menu_edit;
    public static String properties_none;
    public static String outline_none;
    public static String project_hint;
    public static String edit_undo;
    public static String edit_undoCommand;
    public static String edit_redo;
    public static String edit_redoCommand;
    public static String edit_delete;
    public static String edit_cut;
    public static String edit_copy;
    public static String edit_paste;
    public static String edit_new;
    public static String modelEditor_unreadable;
    public static String modelEditor_saveFailedTitle;
    public static String modelEditor_saveFailed;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}

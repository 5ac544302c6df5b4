package nl.bondgenoot.ui;

import org.eclipse.osgi.util.NLS;

/**
 * The UI texts of the workbench: Dutch in messages.properties, English in messages_en.properties (NLS
 * picks the file of the platform locale, -nl); plugin.xml texts are in plugin.properties and plugin_en.properties.
 */
public final class Messages extends NLS {

    public static String table_title;
    public static String table_noTable;
    public static String table_noModel;
    public static String table_stillLoading;
    public static String table_filter;
    public static String table_filterHint;
    public static String table_rows;
    public static String table_rowsFiltered;
    public static String table_edit;
    public static String table_copy;
    public static String table_openTitle;
    public static String table_openNoModel;
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
    public static String findings_profileProblem;
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
    public static String modelEditor_migrated;
    public static String modelEditor_unreadable;
    public static String modelEditor_saveFailedTitle;
    public static String modelEditor_saveFailed;
    public static String saveRefused_title;
    public static String saveRefused_changed;
    public static String saveRefused_readOnly;
    public static String saveRefused_reload;
    public static String saveRefused_saveAs;
    public static String saveRefused_cancel;

    public static String welcome_title;
    public static String welcome_heading;
    public static String welcome_intro;
    public static String welcome_examples;
    public static String welcome_ownStart;
    public static String welcome_newProject;
    public static String welcome_openProject;
    public static String welcome_openFile;
    public static String welcome_exampleFailedTitle;
    public static String welcome_exampleFailed;
    public static String profile_rule;
    public static String profile_description;
    public static String profile_provenance;
    public static String profile_default;
    public static String profile_choice;
    public static String profile_saveFailedTitle;
    public static String profile_saveFailed;
    public static String profile_unreadable;
    public static String project_none;
    public static String project_openTitle;
    public static String project_openMessage;
    public static String project_validate;
    public static String project_newModelTitle;
    public static String project_newModelQuestion;
    public static String project_newAgendaTitle;
    public static String project_newAgendaQuestion;
    public static String project_nameRequired;
    public static String project_fileFailed;
    public static String project_createFailed;
    public static String project_folderUnreadable;
    public static String project_folderNotEmpty;
    public static String project_noneOpen;
    public static String project_nameWithoutLetters;
    public static String project_fileExists;
    public static String wizard_title;
    public static String wizard_description;
    public static String wizard_name;
    public static String wizard_location;
    public static String wizard_browse;
    public static String wizard_startWith;
    public static String wizard_empty;
    public static String wizard_example;
    public static String wizard_nameMissing;
    public static String wizard_nameWithSlash;
    public static String wizard_locationMissing;
    public static String projectFindings_file;
    public static String projectFindings_notYet;
    public static String projectFindings_none;
    public static String projectFindings_count;
    public static String properties_propertyColumn;
    public static String properties_valueColumn;
    public static String properties_yes;
    public static String properties_no;
    public static String properties_invalidValue;
    public static String properties_onePerLine;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}

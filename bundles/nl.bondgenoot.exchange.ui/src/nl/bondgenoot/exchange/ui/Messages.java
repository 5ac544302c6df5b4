package nl.bondgenoot.exchange.ui;

import org.eclipse.osgi.util.NLS;

/** The texts of import and export in the workbench: Dutch in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {

    public static String noModel_title;
    public static String noModel;
    public static String import_dialogTitle;
    public static String import_filterSheets;
    public static String import_filterXlsx;
    public static String import_filterCsv;
    public static String import_failedTitle;
    public static String import_unknownFormat;
    public static String import_mixedFormats;
    public static String import_unreadable;
    public static String import_cannotApply;
    public static String preview_title;
    public static String preview_message;
    public static String preview_rejected;
    public static String preview_nothing;
    public static String preview_apply;
    public static String preview_cancel;
    public static String preview_what;
    public static String preview_kind;
    public static String preview_where;
    public static String preview_element;
    public static String preview_detail;
    public static String preview_added;
    public static String preview_changed;
    public static String preview_removed;
    public static String preview_rejectedRow;
    public static String preview_row;
    public static String preview_notInSheet;
    public static String export_dialogTitle;
    public static String export_failedTitle;
    public static String export_doneTitle;
    public static String export_done;

    static {
        NLS.initializeMessages("nl.bondgenoot.exchange.ui.messages", Messages.class);
    }

    private Messages() {
    }
}

package nl.bondgenoot.publish.ui;

import org.eclipse.osgi.util.NLS;

/** The texts of Bestand &gt; Publiceren...: Dutch in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {

    public static String dialog_title;
    public static String dialog_message;
    public static String dialog_project;
    public static String dialog_target;
    public static String dialog_browse;
    public static String dialog_publish;
    public static String dialog_chooseProject;
    public static String dialog_chooseTarget;
    public static String dialog_noProject;
    public static String dialog_noTarget;
    public static String dialog_notAFolder;
    public static String progress_task;
    public static String done_title;
    public static String done_message;
    public static String failed_title;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}

package nl.bondgenoot.analysis.ui;

import org.eclipse.osgi.util.NLS;

/** The texts of the Netwerkanalyse view: Dutch in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {

    public static String view_noModel;
    public static String view_subject;
    public static String view_wholeModel;
    public static String view_families;
    public static String view_summary;
    public static String view_summaryMembers;
    public static String view_structure;
    public static String view_none;
    public static String view_notMember;
    public static String view_explain;
    public static String view_familyToggle;
    public static String family_hierarchisch;
    public static String family_financieel;
    public static String family_markt;
    public static String family_samenwerking;
    public static String family_invloed;
    public static String column_actor;
    public static String column_category;
    public static String column_in;
    public static String column_out;
    public static String column_degree;
    public static String column_betweenness;
    public static String column_closeness;
    public static String column_harmonic;
    public static String column_eigenvector;
    public static String column_cutVertex;
    public static String column_broker;
    public static String yes;
    public static String broker_roles;
    public static String advice_title;
    public static String advice_fits;
    public static String advice_fitsNone;
    public static String advice_modelled;
    public static String advice_modelledMismatch;
    public static String advice_modelledNone;
    public static String advice_remark;
    public static String advice_noTable;
    public static String advice_wholeModel;
    public static String advice_inputs;
    public static String advice_forms;
    public static String form_fits;
    public static String form_fitsNot;
    public static String form_unjudged;

    static {
        NLS.initializeMessages("nl.bondgenoot.analysis.ui.messages", Messages.class);
    }

    private Messages() {
    }
}

package nl.bondgenoot.beoordeling.ui;

import org.eclipse.osgi.util.NLS;

/** The chrome of the assessment editor: Dutch in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {

    public static String editor_unreadable;
    public static String editor_unsupported;
    public static String editor_wholeModel;
    public static String editor_saveFailedTitle;
    public static String editor_saveFailed;
    public static String form_progress;
    public static String form_respondents;
    public static String form_addRespondent;
    public static String form_addRespondentMessage;
    public static String form_noRespondent;
    public static String form_source;
    public static String form_flag;
    public static String form_indicatorFlag;
    public static String form_difference;
    public static String form_statusTip;
    public static String form_explanation;
    public static String form_partTip;
    public static String form_partChoose;
    public static String form_sources;
    public static String form_sourcesTitle;
    public static String form_sourcesMessage;
    public static String form_judgement;
    public static String form_motivation;
    public static String guidance_title;
    public static String guidance_none;
    public static String guidance_notShipped;
    public static String guidance_source;
    public static String command_part;
    public static String wizard_badDate;
    public static String form_optional;
    public static String form_proposal;
    public static String form_proposalConfirmed;
    public static String form_proposalOverridden;
    public static String form_confirm;
    public static String form_takeOver;
    public static String form_contradiction;
    public static String form_role;
    public static String form_findings;
    public static String command_followModel;
    public static String plateau_explain;
    public static String plateau_item;
    public static String plateau_current;
    public static String plateau_ambition;
    public static String plateau_explanation;
    public static String plateau_scale;
    public static String wizard_title;
    public static String wizard_description;
    public static String wizard_model;
    public static String wizard_browse;
    public static String wizard_subject;
    public static String wizard_instrument;
    public static String wizard_date;
    public static String wizard_file;
    public static String wizard_noModel;
    public static String wizard_badName;
    public static String wizard_exists;
    public static String wizard_failed;
    public static String selfAnalysis_title;
    public static String selfAnalysis_addParty;
    public static String selfAnalysis_addPartyMessage;
    public static String selfAnalysis_compare;
    public static String selfAnalysis_comparedWith;
    public static String selfAnalysis_compareFailed;
    public static String selfAnalysis_scale;
    public static String selfAnalysis_kenmerk;
    public static String selfAnalysis_jointly;
    public static String selfAnalysis_now;
    public static String selfAnalysis_then;
    public static String selfAnalysis_difference;
    public static String selfAnalysis_noBrowser;
    public static String selfAnalysis_noRadar;

    static {
        NLS.initializeMessages("nl.bondgenoot.beoordeling.ui.messages", Messages.class);
    }

    private Messages() {
    }
}

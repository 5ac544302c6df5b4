package nl.bondgenoot.agenda.ide.highlighting;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;

import nl.bondgenoot.model.BondgenootPackage;

/**
 * Which highlighting style each kind of name gets. LSP has no words for actors or opgaven; these are
 * the standard token types whose default colours keep the kinds apart in common editors.
 */
public final class AgendaHighlightingStyles {

    /** Actors, from the model files. */
    public static final String ACTOR = SemanticTokenTypes.Class;
    /** Networks, from the model files. */
    public static final String NETWERK = SemanticTokenTypes.Namespace;
    public static final String EFFECT = SemanticTokenTypes.Event;
    public static final String OPGAVE = SemanticTokenTypes.Type;
    public static final String ENUM_VALUE = SemanticTokenTypes.EnumMember;
    /** Added to the name where an effect or opgave is declared (not where it is referred to). */
    public static final String DECLARATION = SemanticTokenModifiers.Declaration;

    private AgendaHighlightingStyles() {
    }

    static String forReferenceTo(EClass type) {
        BondgenootPackage p = BondgenootPackage.eINSTANCE;
        if (p.getActor().isSuperTypeOf(type)) {
            return ACTOR;
        }
        if (p.getNetwerk().isSuperTypeOf(type)) {
            return NETWERK;
        }
        return forDeclarationOf(type);
    }

    static String forDeclarationOf(EClass type) {
        BondgenootPackage p = BondgenootPackage.eINSTANCE;
        if (p.getEffect().isSuperTypeOf(type)) {
            return EFFECT;
        }
        if (p.getOpgave().isSuperTypeOf(type)) {
            return OPGAVE;
        }
        return null;
    }
}

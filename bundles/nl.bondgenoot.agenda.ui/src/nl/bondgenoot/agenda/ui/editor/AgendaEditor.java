package nl.bondgenoot.agenda.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.validation.Issue;

import nl.bondgenoot.agenda.ui.AgendaUi;
import nl.bondgenoot.agenda.validation.FindingRanges;
import nl.bondgenoot.agenda.ui.FileInputs;

/**
 * The agenda editor: highlighting, problems as you type (checked in the background, never blocking
 * typing), content assist (Ctrl+Spatie), hover, quick fixes (Ctrl+1) and formatting (Ctrl+Shift+F),
 * all from the agenda language's editor-agnostic services.
 */
public class AgendaEditor extends TextEditor {

    public static final String ID = "nl.bondgenoot.agenda.ui.editor";
    public static final String CONTEXT_ID = "nl.bondgenoot.agenda.ui.editorScope";

    private final AgendaHighlighting highlighting = new AgendaHighlighting();
    private AgendaWorkingCopy workingCopy;
    private AgendaOutlinePage outline;
    private volatile List<Issue> problems = List.of();
    private final List<Runnable> checkedListeners = new CopyOnWriteArrayList<>();

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setSourceViewerConfiguration(new AgendaSourceViewerConfiguration(this, getPreferenceStore()));
    }

    /** Our own menu: the text editor's would bring the platform's English labels. */
    @Override
    protected void editorContextMenuAboutToShow(org.eclipse.jface.action.IMenuManager menu) {
        AgendaContextMenu.fill(this, menu);
    }

    @Override
    protected void initializeKeyBindingScopes() {
        setKeyBindingScopes(new String[] { CONTEXT_ID });
    }

    @Override
    protected void doSetInput(IEditorInput input) throws CoreException {
        super.doSetInput(input);
        workingCopy = new AgendaWorkingCopy(AgendaUi.injector(), FileInputs.fileOf(input));
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                outline = new AgendaOutlinePage(this);
            }
            return adapter.cast(outline);
        }
        return super.getAdapter(adapter);
    }

    /** The outline page (what the Overzicht view shows for this editor), or null before it was asked for. */
    public ContentOutlinePage outline() {
        return outline;
    }

    /** The text viewer (the platform keeps it protected to its own package). */
    org.eclipse.jface.text.source.ISourceViewer viewer() {
        return getSourceViewer();
    }

    /** The name at the cursor and its place, when there is a name of an effect, opgave or agenda. */
    public String nameAt(int offset) {
        IDocument document = document();
        String text = document.get();
        int start = offset;
        int end = offset;
        while (start > 0 && isNamePart(text.charAt(start - 1))) {
            start--;
        }
        while (end < text.length() && isNamePart(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    AgendaHighlighting highlighting() {
        return highlighting;
    }

    /** The colour of the text at an offset as the editor shows it (tests check the highlighting). */
    public org.eclipse.swt.graphics.Color colourAt(int offset) {
        org.eclipse.swt.custom.StyleRange style = getSourceViewer().getTextWidget().getStyleRangeAtOffset(offset);
        return style == null ? null : style.foreground;
    }

    public AgendaWorkingCopy workingCopy() {
        return workingCopy;
    }

    public IDocument document() {
        return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
    }

    /** The problems found at the last background check. */
    public List<Issue> problems() {
        return problems;
    }

    void checked(List<Issue> issues) {
        problems = List.copyOf(issues);
        checkedListeners.forEach(Runnable::run);
    }

    /** Called (on the checking thread) each time the background check has finished. */
    public void addCheckedListener(Runnable listener) {
        checkedListeners.add(listener);
    }

    public void removeCheckedListener(Runnable listener) {
        checkedListeners.remove(listener);
    }

    /** Selects an element of this agenda: its name, or its first word when it has none. */
    public void reveal(EObject element) {
        FindingRanges.Range range = FindingRanges.of(element);
        selectAndReveal(range.offset(), range.length());
    }

    /** Content assist at an offset: what Ctrl+Spatie offers there. */
    public List<ICompletionProposal> completionsAt(int offset) {
        return List.of(new AgendaContentAssist(this).computeCompletionProposals(getSourceViewer(), offset));
    }

    /** What hovering at an offset shows: the problems there and what the language says about the word. */
    public String hoverAt(int offset) {
        return new AgendaHover(this, getSourceViewer()).getHoverInfo(getSourceViewer(), new Region(offset, 0));
    }

    /** The repairs Ctrl+1 offers at an offset. */
    public List<ICompletionProposal> quickFixesAt(int offset) {
        return new AgendaQuickFixes(this).fixesFor(document(),
                AgendaCheck.problemsAt(getSourceViewer().getAnnotationModel(), offset));
    }

    /** Formats the whole agenda; returns false (and changes nothing) when the text has syntax errors. */
    public boolean format() {
        IDocument document = document();
        return document != null && new AgendaFormatting(workingCopy).format(document);
    }
}

package nl.bondgenoot.agenda.ui.editor;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Range;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The agenda's outline (agendas, effecten, opgaven, opdrachtrelaties ...) from the language's
 * document-symbol service, the same list an LSP editor shows. It follows the background check;
 * choosing an entry selects its name in the text.
 */
final class AgendaOutlinePage extends ContentOutlinePage {

    private final AgendaEditor editor;
    private final Runnable refresher = this::refreshLater;

    AgendaOutlinePage(AgendaEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new SymbolTree());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof DocumentSymbol symbol ? symbol.getName() : String.valueOf(element);
            }
        });
        viewer.addSelectionChangedListener(event -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof DocumentSymbol symbol) {
                reveal(symbol.getSelectionRange());
            }
        });
        editor.addCheckedListener(refresher);
        refresh();
    }

    private void refreshLater() {
        Display.getDefault().asyncExec(this::refresh);
    }

    /** Reads the symbols of the editor's current text into the tree. */
    void refresh() {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed() || editor.document() == null || editor.workingCopy() == null) {
            return;
        }
        String text = editor.document().get();
        List<DocumentSymbol> symbols = editor.workingCopy().read(text, resource -> resource.getResourceServiceProvider()
                .get(HierarchicalDocumentSymbolService.class).getSymbols(resource, CancelIndicator.NullImpl));
        viewer.setInput(symbols);
        viewer.expandToLevel(2);
    }

    private void reveal(Range range) {
        String text = editor.document().get();
        Document document = new Document(1, text);
        int start = document.getOffSet(range.getStart());
        int end = document.getOffSet(range.getEnd());
        editor.selectAndReveal(start, end - start);
    }

    @Override
    public void dispose() {
        editor.removeCheckedListener(refresher);
        super.dispose();
    }

    private static final class SymbolTree implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return input instanceof List<?> list ? list.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof DocumentSymbol symbol && symbol.getChildren() != null ? symbol.getChildren().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }
}

// The bridge to the Bondgenoot workbench, used only when this page is shown in its editor (an SWT
// Browser): the workbench defines `bondgenootSelectie` (a BrowserFunction) to hear what is selected
// on the map, and calls `bondgenootSelecteer` to select on the map what was selected elsewhere.
import { IActionDispatcher, SelectAction, SelectionService, TYPES } from '@eclipse-glsp/client';
import { Container } from 'inversify';

declare global {
    interface Window {
        bondgenootSelectie?: (idsJson: string) => unknown;
        bondgenootSelecteer?: (ids: string[]) => void;
    }
}

/** The workbench's own key bindings for these (on the same command stack); the page must not act twice. */
const WORKBENCH_KEYS = ['z', 'y', 's'];

export function connectWorkbench(container: Container): void {
    if (typeof window.bondgenootSelectie !== 'function') {
        return; // an ordinary browser: the page is the whole editor
    }
    // Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z and Ctrl+S reach the workbench as well, which undoes, redoes and
    // saves the shared model itself: keep them from the map's key listeners (not from the workbench).
    window.addEventListener(
        'keydown',
        event => {
            if ((event.ctrlKey || event.metaKey) && WORKBENCH_KEYS.includes(event.key.toLowerCase())) {
                event.stopPropagation();
                event.preventDefault(); // else WebKitGTK hands the key back to SWT: the workbench would act twice
            }
        },
        true
    );
    const selection = container.get(SelectionService);
    const dispatcher = container.get<IActionDispatcher>(TYPES.IActionDispatcher);
    let fromWorkbench = false;
    selection.onSelectionChanged(() => {
        // Only the user's selection goes to the workbench: echoing its own back would loop.
        if (!fromWorkbench && window.bondgenootSelectie) {
            window.bondgenootSelectie(JSON.stringify(selection.getSelectedElementIDs()));
        }
    });
    window.bondgenootSelecteer = (ids: string[]) => {
        fromWorkbench = true;
        dispatcher.dispatch(SelectAction.setSelection(ids)).finally(() => (fromWorkbench = false));
    };
}

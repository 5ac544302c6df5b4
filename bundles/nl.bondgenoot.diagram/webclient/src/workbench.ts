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

export function connectWorkbench(container: Container): void {
    const selection = container.get(SelectionService);
    const dispatcher = container.get<IActionDispatcher>(TYPES.IActionDispatcher);
    let fromWorkbench = false;
    selection.onSelectionChanged(() => {
        // Only the user's selection goes to the workbench: echoing its own back would loop.
        if (!fromWorkbench && typeof window.bondgenootSelectie === 'function') {
            window.bondgenootSelectie(JSON.stringify(selection.getSelectedElementIDs()));
        }
    });
    window.bondgenootSelecteer = (ids: string[]) => {
        fromWorkbench = true;
        dispatcher.dispatch(SelectAction.setSelection(ids)).finally(() => (fromWorkbench = false));
    };
}

// Ribbon commands. The only button opens the task pane (ShowTaskpane in the manifest), so there is nothing to
// associate here; the file exists so the shared runtime's FunctionFile has a commands chunk to load.
if (typeof Office !== 'undefined') {
  Office.onReady(() => undefined);
}

export {};

import { FluentProvider, Title2, Body1, webLightTheme } from '@fluentui/react-components';

/** The task pane shell; the task pane's screens render from here. */
export function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12 }}>
        <Title2 as="h1">ILR Workbench</Title2>
        <Body1 as="p">Check the workbook against the ILR rules, highlight problems, and write or import the ILR XML file.</Body1>
      </main>
    </FluentProvider>
  );
}

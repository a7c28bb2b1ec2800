import { Component, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

interface State {
  error?: Error;
}

/** Keeps one screen's failure from blanking the pane: says what went wrong and offers to try again. */
export class ScreenBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>This screen stopped</MessageBarTitle>
          <br />
          {this.state.error.message} <Button size="small" onClick={() => this.setState({ error: undefined })}>Try again</Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
}

import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { PlainError } from '../app/office-errors';

export interface ErrorBarProps {
  /** What failed, e.g. "The check could not finish"; the plain reason follows. */
  lead?: string;
  error: PlainError;
  /** Offered as a Retry button when the error says trying again may work. */
  onRetry?: () => void;
  /** e.g. "Nothing was changed." */
  after?: string;
  testId?: string;
}

/** An error in plain English, a Retry button where it helps, and Excel's own text under "Details". */
export function ErrorBar({ lead, error, onRetry, after, testId }: ErrorBarProps) {
  return (
    <MessageBar intent="error" role="alert" layout="multiline" data-testid={testId} data-error-code={error.code}>
      <MessageBarBody>
        {lead ? `${lead}: ` : ''}
        {error.text}
        {after ? ` ${after}` : ''}
        {error.details && (
          <details>
            <summary>Details</summary>
            <pre style={{ whiteSpace: 'pre-wrap', margin: 0, fontSize: 12 }}>{error.details}</pre>
          </details>
        )}
      </MessageBarBody>
      {error.retry && onRetry && (
        <MessageBarActions>
          <Button size="small" onClick={onRetry}>
            Retry
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

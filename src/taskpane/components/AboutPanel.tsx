import { useMemo } from 'react';
import { Body1, Link, Subtitle1 } from '@fluentui/react-components';
import { aboutInfo } from '../app/about-info';

const rowStyle = { display: 'grid', gridTemplateColumns: '9em 1fr', gap: '4px 8px', margin: '8px 0' } as const;

/** Version, the collection years shipped, where this copy is served from, and how an update arrives. */
export function AboutPanel() {
  const info = useMemo(aboutInfo, []);
  return (
    <section aria-labelledby="about-heading">
      <Subtitle1 block as="h2" id="about-heading">
        About ILR Workbench
      </Subtitle1>
      <dl style={rowStyle}>
        <dt>Version</dt>
        <dd style={{ margin: 0 }} data-testid="about-version">
          {info.version ?? 'not set (a development build)'}
        </dd>
        <dt>Collection years</dt>
        <dd style={{ margin: 0 }} data-testid="about-years">
          {info.bundledYears.length ? info.bundledYears.join(', ') : 'none'} (official XSDs bundled; the newest is the default)
        </dd>
        <dt>Served from</dt>
        <dd style={{ margin: 0, overflowWrap: 'anywhere' }} data-testid="about-served-from">
          {info.servedFrom ?? 'unknown'}
        </dd>
      </dl>
      <Body1 block as="p">
        Learner data stays in this workbook: the checks, the ILR file and its XSD check all run here, and nothing is sent anywhere.
      </Body1>
      <Body1 block as="p">
        When your IT team installs a new version, close and reopen the workbook (in Excel on the web, reload the page) to start using it.
      </Body1>
      <Body1 block as="p">
        <Link href="help.html" target="_blank" rel="noopener noreferrer">
          Help page
        </Link>
      </Body1>
    </section>
  );
}

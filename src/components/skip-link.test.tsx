import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SkipLink } from './skip-link';

function Page({ withTable }: { withTable: boolean }) {
  return (
    <>
      <SkipLink targetId="results" preferredId="table">
        Skip to calls
      </SkipLink>
      <button type="button">A control in the way</button>
      <section id="results" aria-label="Results">
        {withTable ? <div id="table" role="region" aria-label="Table" tabIndex={0} /> : 'Loading'}
      </section>
    </>
  );
}

describe('SkipLink', () => {
  it('moves focus to the preferred place when the page has it, without changing the address', () => {
    render(<Page withTable />);
    const before = window.location.href;
    const link = screen.getByRole('link', { name: 'Skip to calls' });
    expect(link.getAttribute('href')).toBe('#results');

    const notFollowed = fireEvent.click(link);
    expect(notFollowed).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Table' }));
    expect(window.location.href).toBe(before);
  });

  it('moves focus to its target otherwise, making it focusable by script only', () => {
    render(<Page withTable={false} />);
    fireEvent.click(screen.getByRole('link', { name: 'Skip to calls' }));
    const results = screen.getByRole('region', { name: 'Results' });
    expect(document.activeElement).toBe(results);
    expect(results.tabIndex).toBe(-1);
  });
});

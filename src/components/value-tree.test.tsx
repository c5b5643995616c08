import { render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasContent, ValueTree } from './value-tree';

describe('ValueTree', () => {
  it('shows objects as labelled rows with keys in words, lists in order, booleans as Yes/No', () => {
    const { container } = render(
      <ValueTree value={{ routing_type: 'ivr', recordCall: false, steps: [{ action: 'ring' }, 'voicemail'], note: null }} />,
    );
    const rows = Array.from(container.querySelectorAll(':scope > dl > div')).map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]);
    expect(rows).toEqual([
      ['Routing type', 'ivr'],
      ['Record call', 'No'],
      ['Steps', 'Actionringvoicemail'],
      ['Note', '—'],
    ]);
    expect(screen.getByRole('list').children).toHaveLength(2);
  });

  it('says None for empty lists and objects', () => {
    const { container } = render(<ValueTree value={{ a: [], b: {} }} />);
    expect(Array.from(container.querySelectorAll('dd')).map((dd) => dd.textContent)).toEqual(['None', 'None']);
  });

  it('shows very deep data as compact text instead of ever deeper lists', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 20; level += 1) deep = { level: deep };
    const { container } = render(<ValueTree value={deep} />);
    expect(container.querySelectorAll('dl').length).toBeLessThanOrEqual(8);
    expect(container.querySelector('code')?.textContent).toContain('"bottom"');
  });

  it('renders any JSON value without throwing or showing undefined', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { container, unmount } = render(<ValueTree value={value} />);
        const text = container.textContent ?? '';
        unmount();
        // `undefined` can only come from the renderer, never from JSON data.
        return !text.includes('undefined') || JSON.stringify(value).includes('undefined');
      }),
      { numRuns: 150 },
    );
  });

  it('knows when there is nothing to show', () => {
    expect([null, undefined, '', '  ', [], {}].map(hasContent)).toEqual([false, false, false, false, false, false]);
    expect([0, false, 'x', [0], { a: null }].map(hasContent)).toEqual([true, true, true, true, true]);
  });
});

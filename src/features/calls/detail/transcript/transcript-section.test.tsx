import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_CALLS, exampleCall } from '../../../../test/fixtures';
import { region } from '../test-queries';
import { stubClipboard } from '../test-render';
import { TranscriptSection } from './transcript-section';

const TRANSCRIPT = [
  'Caller: Hi, I need a roof inspection.',
  'Agent: Happy to help with the roof.',
  'Is the roof leaking?',
  'Caller: No, the roof is fine, just checking.',
].join('\n');

function searchFor(query: string) {
  fireEvent.change(screen.getByRole('searchbox', { name: 'Find in transcript' }), { target: { value: query } });
}

/** The match count, which also describes the search box to screen readers. */
function count(): string | null {
  const box = screen.getByRole('searchbox', { name: 'Find in transcript' });
  const described = document.getElementById(box.getAttribute('aria-describedby') ?? '');
  expect(described?.getAttribute('role')).toBe('status');
  return described?.textContent ?? null;
}
const current = () => document.querySelector('mark[data-current]');

let scrolled: Element[];
beforeEach(() => {
  scrolled = [];
  // jsdom has no layout, hence no scrollIntoView: record what would be scrolled to.
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
  stubClipboard(undefined);
});

describe('TranscriptSection', () => {
  it('shows the example as a turn with its speaker named', () => {
    render(<TranscriptSection transcription={exampleCall.transcription} />);
    const turns = within(region('Transcript')).getAllByRole('listitem');
    expect(turns).toHaveLength(1);
    expect(within(turns[0]!).getByText('Caller')).toBeTruthy();
    expect(within(turns[0]!).getByText('I need a roof inspection...')).toBeTruthy();
  });

  it('labels each speaker in text and marks the role for styling', () => {
    render(<TranscriptSection transcription={TRANSCRIPT} />);
    const turns = within(region('Transcript')).getAllByRole('listitem');
    expect(turns.map((turn) => turn.querySelector('.transcript__speaker')?.textContent)).toEqual([
      'Caller',
      'Agent',
      'Caller',
    ]);
    expect(turns.map((turn) => turn.dataset.role)).toEqual(['caller', 'agent', 'caller']);
    expect(turns[1]!.textContent).toBe('AgentHappy to help with the roof.\nIs the roof leaking?');
  });

  it('highlights every match, counts them, and moves with Enter, Shift+Enter and the buttons', () => {
    render(<TranscriptSection transcription={TRANSCRIPT} />);
    searchFor('ROOF');
    const marks = document.querySelectorAll('mark');
    expect(marks).toHaveLength(4);
    expect(Array.from(marks).map((mark) => mark.textContent)).toEqual(['roof', 'roof', 'roof', 'roof']);
    expect(count()).toBe('1 of 4');
    expect(current()).toBe(marks[0]);
    expect(scrolled.at(-1)).toBe(marks[0]);

    const box = screen.getByRole('searchbox', { name: 'Find in transcript' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(count()).toBe('2 of 4');
    expect(current()?.getAttribute('aria-current')).toBe('true');
    expect(scrolled.at(-1)).toBe(current());

    fireEvent.click(screen.getByRole('button', { name: 'Next match' }));
    expect(count()).toBe('3 of 4');
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(count()).toBe('2 of 4');
    fireEvent.click(screen.getByRole('button', { name: 'Previous match' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous match' }));
    // Wraps around from the first to the last.
    expect(count()).toBe('4 of 4');
    expect(current()).toBe(document.querySelectorAll('mark')[3]);
    expect(document.querySelectorAll('mark[data-current]')).toHaveLength(1);
  });

  it('starts again at the first match when the query changes, and says when nothing matches', () => {
    render(<TranscriptSection transcription={TRANSCRIPT} />);
    searchFor('roof');
    fireEvent.click(screen.getByRole('button', { name: 'Next match' }));
    searchFor('the roof');
    expect(count()).toBe('1 of 3');
    searchFor('gutter');
    expect(count()).toBe('No matches');
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    expect((screen.getByRole('button', { name: 'Next match' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Previous match' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('clears the search with Esc without letting the key close the drawer', () => {
    const onDocumentKey = vi.fn();
    document.addEventListener('keydown', onDocumentKey);
    render(<TranscriptSection transcription={TRANSCRIPT} />);
    searchFor('roof');
    fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Escape' });
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    expect(onDocumentKey).not.toHaveBeenCalled();
    // Nothing left to clear: Esc goes on to whoever closes the drawer.
    fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Escape' });
    expect(onDocumentKey).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', onDocumentKey);
  });

  it('copies the whole transcript as sent and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    stubClipboard({ writeText });
    render(<TranscriptSection transcription={TRANSCRIPT} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy transcript' }));
    expect(await screen.findByText('Transcript copied')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(TRANSCRIPT);
  });

  it('says so when the browser will not copy', async () => {
    stubClipboard(undefined);
    render(<TranscriptSection transcription={TRANSCRIPT} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy transcript' }));
    expect(await screen.findByText(/would not copy; select the text/)).toBeTruthy();
  });

  it.each(EMPTY_CALLS)('renders nothing with %s', (_, call) => {
    const { container } = render(<TranscriptSection transcription={call.transcription} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('a long transcript', () => {
  /** About 50,000 characters in ~600 turns, the size of an hour-long call. */
  function longTranscript(): string {
    const lines: string[] = [];
    let length = 0;
    for (let i = 0; length < 50_000; i += 1) {
      const line =
        i % 2 === 0
          ? `Caller: About the roof on job ${i}, can someone come this week? The shingles are lifting near the gutter.`
          : `Agent: Thanks, I have noted job ${i}. A technician can inspect the roof on Friday morning.`;
      lines.push(line);
      length += line.length + 1;
    }
    return lines.join('\n');
  }

  /** The fastest of a few runs: the cost of the work itself, without a busy machine's pauses. */
  function fastest(runs: number, work: () => void, setUp: () => void = () => {}): number {
    let best = Infinity;
    for (let run = 0; run < runs; run += 1) {
      setUp();
      const started = performance.now();
      work();
      best = Math.min(best, performance.now() - started);
    }
    return best;
  }

  it('splits and renders 50,000 characters well within a frame budget, and searches them', () => {
    const text = longTranscript();
    expect(text.length).toBeGreaterThanOrEqual(50_000);
    // Warm up the modules and React once, so the measure is of the work, not of loading.
    render(<TranscriptSection transcription="Caller: warm up" />).unmount();

    let view: ReturnType<typeof render> | undefined;
    const renderMs = fastest(5, () => {
      view?.unmount();
      view = render(<TranscriptSection transcription={text} />);
    });
    const turns = within(region('Transcript')).getAllByRole('listitem');
    expect(turns.length).toBeGreaterThan(500);

    // Typing a query: one regular expression over the memoised turns, every match marked.
    const searchMs = fastest(
      5,
      () => act(() => searchFor('roof')),
      () => act(() => searchFor('')),
    );
    const matches = document.querySelectorAll('mark').length;
    expect(matches).toBeGreaterThan(500);
    expect(count()).toBe(`1 of ${matches.toLocaleString('en-US')}`);

    // The next match re-renders the two turns whose current match changes, not all of them.
    const nextMs = fastest(3, () => fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Enter' }));
    expect(count()).toBe(`4 of ${matches.toLocaleString('en-US')}`);

    console.info(
      `50k transcript: ${turns.length} turns rendered in ${renderMs.toFixed(0)} ms, ` +
        `${matches} matches highlighted in ${searchMs.toFixed(0)} ms, next match in ${nextMs.toFixed(1)} ms (jsdom)`,
    );
    expect(renderMs).toBeLessThan(200);
    expect(searchMs).toBeLessThan(200);
    expect(nextMs).toBeLessThan(50);
  });
});

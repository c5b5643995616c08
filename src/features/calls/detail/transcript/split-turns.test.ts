import { describe, expect, it } from 'vitest';
import { indexMatches, matcherFor, currentInTurn } from './search';
import { splitTurns, speakerRole } from './split-turns';

describe('splitTurns', () => {
  it('starts a turn at each speaker prefix and continues it on lines without one', () => {
    const turns = splitTurns('Caller: I need a roof inspection.\nAgent: Sure.\nWhat day suits you?\nCaller: Friday.');
    expect(turns).toEqual([
      { speaker: 'Caller', role: 'caller', text: 'I need a roof inspection.' },
      { speaker: 'Agent', role: 'agent', text: 'Sure.\nWhat day suits you?' },
      { speaker: 'Caller', role: 'caller', text: 'Friday.' },
    ]);
  });

  it('takes other names as speakers, and keeps text before the first one as a turn without a speaker', () => {
    const turns = splitTurns('[recording starts]\nJane Smith: Hello?\nDr. O’Neil: Hi Jane.\nSpeaker 2: Hi.');
    expect(turns.map((turn) => [turn.speaker, turn.role, turn.text])).toEqual([
      [null, 'none', '[recording starts]'],
      ['Jane Smith', 'other', 'Hello?'],
      ['Dr. O’Neil', 'other', 'Hi Jane.'],
      ['Speaker 2', 'other', 'Hi.'],
    ]);
  });

  it('does not mistake times, addresses or sentences with a colon for speakers', () => {
    const turns = splitTurns(
      'Agent: Your slots are\n10:30 or 2:00\nhttps://example.com/book\nso what I mean is: any time works',
    );
    expect(turns).toHaveLength(1);
    expect(turns[0]!.text.split('\n')).toHaveLength(4);
  });

  it('accepts Windows line endings, blank lines and a speaker with nothing said', () => {
    expect(splitTurns('\r\n\r\nCaller: Hi\r\n\r\nAgent:\r\nCaller: Hello?')).toEqual([
      { speaker: 'Caller', role: 'caller', text: 'Hi' },
      { speaker: 'Agent', role: 'agent', text: '' },
      { speaker: 'Caller', role: 'caller', text: 'Hello?' },
    ]);
    expect(splitTurns('')).toEqual([]);
  });

  it('reads the usual role names in any case', () => {
    expect(speakerRole('customer')).toBe('caller');
    expect(speakerRole('AGENT 2')).toBe('agent');
    expect(speakerRole('Voice agent')).toBe('agent');
    expect(speakerRole('Aisha')).toBe('other');
  });
});

describe('transcript search', () => {
  it('matches the query literally and regardless of case', () => {
    const turns = splitTurns('Caller: Price? (approx.)\nAgent: The price is $5.\nCaller: PRICE ok');
    const index = indexMatches(turns, matcherFor('price'));
    expect(index).toEqual({ perTurn: [1, 1, 1], before: [0, 1, 2], total: 3 });
    expect(indexMatches(turns, matcherFor('(approx.)')).total).toBe(1);
    expect(indexMatches(turns, matcherFor('$5.')).total).toBe(1);
    expect(matcherFor('   ')).toBeNull();
  });

  it('says which match of a turn is the current one', () => {
    const turns = splitTurns('Caller: a a\nAgent: a');
    const index = indexMatches(turns, matcherFor('a'));
    expect([0, 1, 2].map((current) => [currentInTurn(index, 0, current), currentInTurn(index, 1, current)])).toEqual([
      [0, -1],
      [1, -1],
      [-1, 0],
    ]);
  });
});

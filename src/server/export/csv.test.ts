import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../test-support/csv-parse';
import { csvField, csvRecord, spreadsheetText } from './csv';

describe('RFC 4180 fields and records', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['line\nfeed', '"line\nfeed"'],
  ])('%j is written %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('ends every record in CRLF', () => {
    expect(csvRecord(['1', 'a,b', ''])).toBe('1,"a,b",\r\n');
  });

  it('reads back any text exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 6 }), { maxLength: 8 }), (rows) => {
        // A lone empty field writes an empty line; real exports always have the id first.
        const records = rows.map((r) => ['id', ...r]);
        expect(parseCsv(records.map(csvRecord).join(''))).toEqual(records);
      }),
    );
  });
});

describe('spreadsheetText', () => {
  it.each(['=HYPERLINK("x")', '+1 555', '-2', '@SUM(A1)', '\tx'])('defuses %j, which a spreadsheet would run', (value) => {
    expect(spreadsheetText(value)).toBe(`'${value}`);
  });

  it('leaves ordinary text alone', () => {
    expect(spreadsheetText('Spring Promo')).toBe('Spring Promo');
  });
});

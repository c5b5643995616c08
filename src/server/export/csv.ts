/**
 * RFC 4180 text: a field holding a comma, a double quote, CR or LF is quoted, quotes
 * inside are doubled, and records end in CRLF.
 */
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/**
 * Free text from the account (campaign names, tags, a caller's name) that a spreadsheet
 * would run as a formula gets a leading apostrophe, the usual guard against formula
 * injection; Excel shows the text as typed.
 */
export function spreadsheetText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

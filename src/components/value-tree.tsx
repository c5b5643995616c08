/**
 * Any JSON-like value, readable: objects as definition lists with their keys in words,
 * lists as numbered lists, booleans as Yes/No, missing values as a dash. For data whose
 * shape nobody published; it renders whatever arrives and never throws on it.
 */
import type { ReactNode } from 'react';
import { MISSING } from '../lib/format';
import { humanizeKey } from '../lib/format-extras';
import './value-tree.css';

/** Nesting beyond this is shown as compact text instead of more indentation. */
const MAX_DEPTH = 8;

/** Whether there is anything to show: not absent, not blank, not an empty list or object. */
export function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

export function ValueTree({ value }: { value: unknown }) {
  return <>{renderValue(value, 0)}</>;
}

function renderValue(value: unknown, depth: number): ReactNode {
  if (value === null || value === undefined) return MISSING;
  if (typeof value === 'string') return value.trim() === '' ? MISSING : value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : MISSING;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value !== 'object') return safeString(value);
  if (depth >= MAX_DEPTH) return <code>{compact(value)}</code>;

  if (Array.isArray(value)) {
    if (value.length === 0) return 'None';
    return (
      <ol className="value-tree value-tree--list">
        {value.map((item, index) => (
          <li key={index}>{renderValue(item, depth + 1)}</li>
        ))}
      </ol>
    );
  }

  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return 'None';
  return (
    <dl className="value-tree">
      {entries.map(([key, item]) => (
        <div key={key} className="value-tree__row">
          <dt>{humanizeKey(key)}</dt>
          <dd>{renderValue(item, depth + 1)}</dd>
        </div>
      ))}
    </dl>
  );
}

function compact(value: object): string {
  try {
    return JSON.stringify(value) ?? MISSING;
  } catch {
    return safeString(value);
  }
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return MISSING;
  }
}

/**
 * Labelled values as a definition list. A value that is absent (null, undefined, false
 * or an empty string) leaves its row out, so a list never shows "undefined", and a list
 * with nothing to show renders nothing at all.
 */
import type { ReactNode } from 'react';
import './field-list.css';

export interface Field {
  label: string;
  value: ReactNode;
}

export function isShown(value: ReactNode): boolean {
  return value !== null && value !== undefined && value !== false && value !== '';
}

/** The fields worth a row; empty when none is. */
export function shownFields(fields: readonly Field[]): Field[] {
  return fields.filter((field) => isShown(field.value));
}

export function FieldList({ fields, className }: { fields: readonly Field[]; className?: string }) {
  const shown = shownFields(fields);
  if (shown.length === 0) return null;
  return (
    <dl className={className === undefined ? 'field-list' : `field-list ${className}`}>
      {shown.map(({ label, value }) => (
        <div key={label} className="field-list__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

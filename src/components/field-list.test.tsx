import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FieldList } from './field-list';

describe('FieldList', () => {
  it('leaves out the rows whose value is absent, and renders nothing when none is left', () => {
    const { container, rerender } = render(
      <FieldList
        fields={[
          { label: 'Kept', value: 'yes' },
          { label: 'Zero', value: 0 },
          { label: 'Null', value: null },
          { label: 'Undefined', value: undefined },
          { label: 'Empty', value: '' },
          { label: 'False', value: false },
        ]}
      />,
    );
    expect(Array.from(container.querySelectorAll('dt')).map((dt) => dt.textContent)).toEqual(['Kept', 'Zero']);
    rerender(<FieldList fields={[{ label: 'Null', value: null }]} />);
    expect(container.innerHTML).toBe('');
  });
});

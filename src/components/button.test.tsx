import { fireEvent, render, screen } from '@testing-library/react';
import { createRef, type FormEvent, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from './button';

function renderInForm(button: ReactNode) {
  const onSubmit = vi.fn((event: FormEvent) => event.preventDefault());
  render(<form onSubmit={onSubmit}>{button}</form>);
  return onSubmit;
}

describe('Button', () => {
  it('does not submit the form it sits in unless it is a submit button', () => {
    const onClick = vi.fn();
    const onSubmit = renderInForm(<Button onClick={onClick}>Refresh</Button>);
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits when asked to', () => {
    const onSubmit = renderInForm(
      <Button type="submit" variant="compact">
        Go
      </Button>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('hands its element to a ref, so focus can be returned to it', () => {
    const ref = createRef<HTMLButtonElement>();
    render(
      <Button ref={ref} variant="secondary">
        Columns
      </Button>,
    );
    expect(ref.current).toBe(screen.getByRole('button', { name: 'Columns' }));
  });

  it('stays a disabled button that cannot be clicked', () => {
    const onClick = vi.fn();
    render(
      <Button disabled onClick={onClick}>
        Apply range
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Apply range' });
    fireEvent.click(button);
    expect(button).toHaveProperty('disabled', true);
    expect(onClick).not.toHaveBeenCalled();
  });
});

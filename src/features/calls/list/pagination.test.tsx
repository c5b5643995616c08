import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Pagination, type PaginationProps } from './pagination';

function renderPagination(overrides: Partial<PaginationProps> = {}) {
  const props: PaginationProps = {
    page: 1,
    pageSize: 25,
    total: 2192,
    onPageChange: vi.fn(),
    onPageSizeChange: vi.fn(),
    ...overrides,
  };
  const result = render(<Pagination {...props} />);
  const nav = screen.getByRole('navigation', { name: 'Pagination' });
  const button = (name: string) => within(nav).getByRole('button', { name });
  return { ...result, props, nav, button };
}

const isUnavailable = (element: HTMLElement) => element.getAttribute('aria-disabled') === 'true';

describe('Pagination', () => {
  it('says which calls are shown and which page this is', () => {
    const { nav } = renderPagination();
    expect(within(nav).getByText('1–25 of 2,192 calls')).toBeTruthy();
    expect(within(nav).getByText('Page 1 of 88')).toBeTruthy();
  });

  it('counts a short last page correctly', () => {
    const { nav } = renderPagination({ page: 88 });
    expect(within(nav).getByText('2,176–2,192 of 2,192 calls')).toBeTruthy();
    expect(within(nav).getByText('Page 88 of 88')).toBeTruthy();
  });

  it('reads right for a single call and for none', () => {
    const { nav, unmount } = renderPagination({ total: 1 });
    expect(within(nav).getByText('1–1 of 1 call')).toBeTruthy();
    unmount();
    const none = renderPagination({ total: 0 });
    expect(within(none.nav).getByText('No calls')).toBeTruthy();
    expect(within(none.nav).getByText('Page 1 of 1')).toBeTruthy();
  });

  it('steps to the first, previous, next and last pages', () => {
    const { button, props } = renderPagination({ page: 5 });
    fireEvent.click(button('Next page'));
    fireEvent.click(button('Previous page'));
    fireEvent.click(button('Last page'));
    fireEvent.click(button('First page'));
    expect(vi.mocked(props.onPageChange).mock.calls).toEqual([[6], [4], [88], [1]]);
  });

  it('cannot go before the first page', () => {
    const { button, props } = renderPagination({ page: 1 });
    expect(isUnavailable(button('First page'))).toBe(true);
    expect(isUnavailable(button('Previous page'))).toBe(true);
    expect(isUnavailable(button('Next page'))).toBe(false);
    expect(isUnavailable(button('Last page'))).toBe(false);
    fireEvent.click(button('Previous page'));
    fireEvent.click(button('First page'));
    expect(props.onPageChange).not.toHaveBeenCalled();
  });

  it('cannot go past the last page, and keeps focus on Next when it gets there', () => {
    const { button, props, rerender } = renderPagination({ page: 87 });
    const next = button('Next page');
    next.focus();
    fireEvent.click(next);
    expect(props.onPageChange).toHaveBeenCalledExactlyOnceWith(88);

    rerender(<Pagination {...props} page={88} />);
    expect(isUnavailable(button('Next page'))).toBe(true);
    expect(isUnavailable(button('Last page'))).toBe(true);
    expect(document.activeElement).toBe(button('Next page'));
    fireEvent.click(button('Next page'));
    fireEvent.click(button('Last page'));
    expect(props.onPageChange).toHaveBeenCalledTimes(1);
  });

  describe('go to page', () => {
    function goTo(nav: HTMLElement, value: string) {
      const input = within(nav).getByRole('textbox', { name: 'Go to page' });
      fireEvent.change(input, { target: { value } });
      // Enter in the field submits its form, as the Go button does.
      fireEvent.submit(input.closest('form')!);
      return input;
    }

    it('goes to a page in range', () => {
      const { nav, props } = renderPagination();
      const input = goTo(nav, ' 42 ');
      expect(props.onPageChange).toHaveBeenCalledExactlyOnceWith(42);
      expect((input as HTMLInputElement).value).toBe('');
      expect(within(nav).queryByRole('alert')).toBeNull();
    });

    it('goes by the Go button too', () => {
      const { nav, props, button } = renderPagination();
      fireEvent.change(within(nav).getByRole('textbox', { name: 'Go to page' }), { target: { value: '88' } });
      fireEvent.click(button('Go'));
      expect(props.onPageChange).toHaveBeenCalledExactlyOnceWith(88);
    });

    it.each(['0', '89', 'abc', '2.5', '-3', '', '1e2'])('explains instead of going for %j', (value) => {
      const { nav, props } = renderPagination();
      const input = goTo(nav, value);
      expect(props.onPageChange).not.toHaveBeenCalled();
      const message = within(nav).getByRole('alert');
      expect(message.textContent).toBe('Enter a page number from 1 to 88.');
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(input.getAttribute('aria-describedby')).toBe(message.id);
    });

    it('clears the message once the reader types again', () => {
      const { nav } = renderPagination();
      const input = goTo(nav, '500');
      expect(within(nav).queryByRole('alert')).not.toBeNull();
      fireEvent.change(input, { target: { value: '5' } });
      expect(within(nav).queryByRole('alert')).toBeNull();
      expect(input.hasAttribute('aria-invalid')).toBe(false);
    });
  });

  it('offers 25, 50, 100 and 200 calls per page and reports the choice', () => {
    const { nav, props } = renderPagination({ pageSize: 50 });
    const select = within(nav).getByRole('combobox', { name: 'Calls per page' }) as HTMLSelectElement;
    expect([...select.options].map((option) => option.value)).toEqual(['25', '50', '100', '200']);
    expect(select.value).toBe('50');

    fireEvent.change(select, { target: { value: '100' } });
    expect(props.onPageSizeChange).toHaveBeenCalledExactlyOnceWith(100);
  });

  it('does nothing while disabled, though every control stays in place', () => {
    const { nav, props, button } = renderPagination({ page: 5, disabled: true });
    for (const name of ['First page', 'Previous page', 'Next page', 'Last page', 'Go']) {
      expect(isUnavailable(button(name)), name).toBe(true);
      fireEvent.click(button(name));
    }
    fireEvent.change(within(nav).getByRole('textbox', { name: 'Go to page' }), { target: { value: '7' } });
    fireEvent.submit(nav.querySelector('form')!);
    const select = within(nav).getByRole('combobox', { name: 'Calls per page' }) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: '200' } });

    expect(props.onPageChange).not.toHaveBeenCalled();
    expect(props.onPageSizeChange).not.toHaveBeenCalled();
    expect(select.value).toBe('25');
  });
});

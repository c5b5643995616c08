import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { THEME_STORAGE_KEY } from './theme-choice';
import { ThemeToggle } from './theme-toggle';

const root = document.documentElement;

beforeEach(() => {
  delete root.dataset.theme;
  localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ThemeToggle', () => {
  it('shows the scheme the page started with', () => {
    root.dataset.theme = 'dark';
    render(<ThemeToggle />);
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveProperty('value', 'dark');
  });

  it('applies and keeps a choice, and forgets it for System', () => {
    render(<ThemeToggle />);
    const toggle = screen.getByRole('combobox', { name: 'Theme' });
    expect(toggle).toHaveProperty('value', 'system');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['System', 'Light', 'Dark']);

    fireEvent.change(toggle, { target: { value: 'dark' } });
    expect(root.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');

    fireEvent.change(toggle, { target: { value: 'system' } });
    expect(root.dataset.theme).toBeUndefined();
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });

  it('still switches the page where storage is unavailable', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access denied', 'SecurityError');
    });
    render(<ThemeToggle />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Theme' }), { target: { value: 'light' } });
    expect(root.dataset.theme).toBe('light');
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveProperty('value', 'light');
  });
});

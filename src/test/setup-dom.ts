/**
 * Runs before every jsdom test file. Vitest does not expose `afterEach` globally, so
 * Testing Library cannot unmount on its own: do it here, or one test's DOM leaks into
 * the next.
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

/**
 * Runs before every jsdom test file. Vitest does not expose `afterEach` globally, so
 * Testing Library cannot unmount on its own: do it here, or one test's DOM leaks into
 * the next.
 */
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { notifyInTheTaskOfTheAnswer } from '../app/query-client';

// A file's first render also loads its modules; on a 2-core CI machine that can pass
// the default 1 s of `findBy…` without anything being wrong.
configure({ asyncUtilTimeout: 5_000 });

// Components get their answers as in the app.
notifyInTheTaskOfTheAnswer();

afterEach(() => {
  cleanup();
});

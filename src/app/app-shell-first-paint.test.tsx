/**
 * On the sandbox the server says so in the page itself: the notice is in the very first
 * render, before /api/meta answers, so it never pushes the page down when it shows.
 */
import { screen } from '@testing-library/react';
import { http } from 'msw';
import { beforeAll, expect, it } from 'vitest';
import { PAGE_CONFIG_META_NAME } from '../contract/page-config';
import { server, setupMockApi } from '../test/msw';
import { renderAppRoute } from '../test/render-app-route';
import { AppShell } from './app-shell';

setupMockApi();

beforeAll(() => {
  const meta = document.createElement('meta');
  meta.name = PAGE_CONFIG_META_NAME;
  meta.content = JSON.stringify({ basePath: '/', publicUrl: null, embed: false, frameAncestors: ["'self'"], sandbox: true });
  document.head.append(meta);
});

it('marks sandbox data in the first render, when the page says the server reads the sandbox', () => {
  // /api/meta never answers.
  server.use(http.get('*/api/meta', () => new Promise<never>(() => {})));
  renderAppRoute(<AppShell>content</AppShell>);
  expect(screen.getByText('Sandbox data').closest('header')).not.toBeNull();
});

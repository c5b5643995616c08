import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Response } from '@playwright/test';

interface CallsEnvelope {
  data: { total: number; calls: { call_id: number; campaign_name?: string | null }[] };
}

const isCallsList = (response: Response) =>
  response.request().method() === 'GET' && new URL(response.url()).pathname === '/api/calls';

async function openDashboard(page: Page): Promise<CallsEnvelope> {
  const callsResponse = page.waitForResponse(isCallsList);
  await page.goto('/');
  const response = await callsResponse;
  expect(response.status()).toBe(200);
  return (await response.json()) as CallsEnvelope;
}

test('shows sandbox calls fetched through /api/calls, with their total', async ({ page }) => {
  const envelope = await openDashboard(page);
  const { total, calls } = envelope.data;
  expect(calls.length).toBeGreaterThan(0);

  const banner = page.getByRole('banner');
  await expect(banner.getByText('Sandbox data', { exact: true })).toBeVisible();
  await expect(banner.getByText(/generated demo data/)).toBeVisible();

  const table = page.getByRole('table', { name: 'Recent calls' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(calls.length);
  // The rows are the calls of that response, in its order.
  await expect(rows.locator('td:nth-child(5)')).toHaveText(
    calls.map((call) => call.campaign_name || '—'),
  );

  await expect(page.locator('#recent-calls-summary data')).toHaveAttribute('value', String(total));
  await expect(page.locator('#recent-calls-summary')).toContainText(total.toLocaleString('en-US'));
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`has no axe violations in the ${colorScheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openDashboard(page);
    await expect(page.getByRole('table', { name: 'Recent calls' })).toBeVisible();
    await expect(page.getByText('Sandbox data', { exact: true })).toBeVisible();

    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}

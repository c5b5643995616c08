/** The page's colour scheme as a reader sees it, for the theme and layout specs. */
import { expect, type Page } from '@playwright/test';

/** app.css's --color-bg in each scheme, as computed styles report it. */
export const PAGE_BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(18, 20, 24)' } as const;
export type Scheme = keyof typeof PAGE_BACKGROUND;

export const pageBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

export async function expectScheme(page: Page, scheme: Scheme): Promise<void> {
  await expect.poll(() => pageBackground(page), { message: `the page's background in the ${scheme} scheme` }).toBe(
    PAGE_BACKGROUND[scheme],
  );
}

export const themeToggle = (page: Page) => page.getByRole('banner').getByRole('combobox', { name: 'Theme' });

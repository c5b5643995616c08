/**
 * Axe over the part of the page a test is about. Axe works out colour contrast for every
 * piece of text it is given, so a whole call log (the table's every cell, the charts)
 * takes it seconds; a test that is about the drawer or the filters names that region
 * and axe analyses only it, against the page as rendered around it. With no region, the
 * whole page is analysed, page-level rules (landmarks, headings) included.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Marks the regions for axe's `include`, which takes CSS selectors, not locators. */
const REGION_ATTRIBUTE = 'data-axe-region';

export async function expectNoAxeViolations(page: Page, ...regions: Locator[]): Promise<void> {
  // Only the violations are of interest: axe then skips describing every passing node.
  let axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  for (const [index, region] of regions.entries()) {
    const mark = { name: REGION_ATTRIBUTE, value: String(index) };
    await region.evaluate((element, { name, value }) => element.setAttribute(name, value), mark);
    axe = axe.include(`[${REGION_ATTRIBUTE}="${index}"]`);
  }
  try {
    const { violations } = await axe.analyze();
    expect(violations).toEqual([]);
  } finally {
    if (regions.length > 0) {
      await page
        .locator(`[${REGION_ATTRIBUTE}]`)
        .evaluateAll((elements, name) => elements.forEach((element) => element.removeAttribute(name)), REGION_ATTRIBUTE);
    }
  }
}

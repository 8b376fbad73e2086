/** axe (WCAG 2.0–2.2 A/AA rules, target size included) on the page as it is now: no serious or critical violation. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectNoSeriousViolations(page: Page, label: string) {
  // Legacy mode runs axe in the page itself. The default opens a blank page for every run to merge the results of
  // cross-origin frames, about a second each here (2.2 s against 1.3 s a run on the sign-up pages, measured), and
  // the app has no frames; should one appear, this says so rather than leaving it untested.
  expect(
    page.frames().map((frame) => frame.url()),
    `axe on ${label}: frames other than the page`,
  ).toEqual([page.url()]);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode(true)
    .analyze();
  const serious = results.violations.filter((violation) =>
    ['serious', 'critical'].includes(violation.impact ?? ''),
  );
  const summary = serious.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
  );
  expect(summary, `axe on ${label}`).toEqual([]);
}

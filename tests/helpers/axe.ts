/**
 * axe-core run inside a page. The page's Content-Security-Policy forbids injected scripts, so the
 * context that runs axe must be opened with `bypassCSP: true` (the policy has its own test).
 */
import axe from "axe-core";
import type { Page } from "playwright-core";

/** WCAG 2.0 and 2.1 levels A and AA, and axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Runs axe on the page as it is now (injecting it first when the page does not have it yet). */
export async function runAxe(page: Page, tags: string[] = AXE_TAGS): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const results = await page.evaluate(
    (values) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: "tag", values } }),
    tags,
  );
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(" ")),
  }));
}

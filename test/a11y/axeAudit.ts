import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../browser/harness';

/** One axe violation, as the report prints it. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Counts by impact for one screen. */
export interface ScreenReport {
  screen: string;
  violations: Violation[];
  counts: Record<string, number>;
  passes: number;
}

const AXE = readFileSync(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page (injected with `evaluate`: the app's CSP refuses inline scripts, and
 * evaluation is not a script tag) and returns its violations of WCAG 2.x A/AA and best practice.
 */
export async function audit(page: Page, screen: string): Promise<ScreenReport> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[]; passes: unknown[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return { violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })), passes: r.passes.length };
  });
  const counts: Record<string, number> = {};
  for (const v of result.violations) counts[v.impact ?? 'unknown'] = (counts[v.impact ?? 'unknown'] ?? 0) + 1;
  return { screen, violations: result.violations, counts, passes: result.passes };
}

/** The violations that fail the audit: serious or critical. */
export function blocking(report: ScreenReport): Violation[] {
  return report.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

import type { Page } from 'playwright-core';

/**
 * Runs `action` (a click or a key that saves an untitled contribution) and answers the browser
 * host's question for a file name: the browser's prompt, or an in-app dialog with a text field
 * and a Save button.
 */
export async function answerSaveName(page: Page, name: string, action: () => Promise<void>): Promise<void> {
  let answered = false;
  const onDialog = (d: { accept(text: string): Promise<void> }): void => {
    answered = true;
    void d.accept(name);
  };
  page.once('dialog', onDialog);
  await action();
  const inApp = page.locator('dialog[open], [role="dialog"]').filter({ has: page.getByRole('textbox') }).first();
  const deadline = Date.now() + 10_000;
  while (!answered && Date.now() < deadline) {
    if (await inApp.isVisible()) {
      page.off('dialog', onDialog);
      await inApp.getByRole('textbox').first().fill(name);
      await inApp.getByRole('button', { name: /^Save/ }).first().click();
      return;
    }
    await page.waitForTimeout(50);
  }
  if (!answered) throw new Error('no question for a file name appeared within 10 s');
}

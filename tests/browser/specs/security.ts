// Text from a level file is printed, never run: a level with <img onerror> and <script> in every string shows them
// as text, nothing they hold runs, and the game's own code causes no Content Security Policy violation.
import type { Page } from 'playwright-core';
import { clickToPlay, expect, openGame, openPage, routeFixture, screenshot, type Test } from '../harness';

/** Records every CSP violation and every script a level's text may try to run. */
async function watchPage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}

const state = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __pwned?: string; __violations: string[] };
    return {
      pwned: w.__pwned ?? null,
      violations: w.__violations,
      text: document.body.innerText,
      injected: document.querySelectorAll('img[src="x"], #root script, b[onmouseover]').length,
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    };
  });

export const tests: Test[] = [
  {
    name: 'security: a level with <img onerror> and <script> in every string prints them and runs nothing',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      await watchPage(page);
      const path = await routeFixture(page, 'hostile-text.json');
      const response = await page.goto(`${ctx.url}?level=${path}`);
      const header = response?.headers()['content-security-policy'] ?? '';
      await openGame(page, `${ctx.url}?level=${path}`);
      await clickToPlay(page);
      // Mia faces the fragment on the next cell: read it.
      await page.keyboard.down('KeyE');
      await page.waitForTimeout(120);
      await page.keyboard.up('KeyE');
      // The fragment's subtitle comes after the dialogue's.
      await page.waitForFunction(() => document.body.innerText.includes('the night light'), null, { timeout: 20_000 });
      const after = await state(page);
      await screenshot(page, 'security-hostile-text.png');
      console.log(`    the page shows: ${after.text.replace(/\s+/g, ' ').slice(0, 240)}`);
      expect(after.pwned === null, `a level's text ran as code: window.__pwned = ${after.pwned}`);
      expect(after.injected === 0, `${after.injected} elements from a level's text were made into HTML`);
      expect(after.text.includes('<img src=x onerror='), "the fragment's or subtitle's markup is not printed as text");
      expect(after.violations.length === 0, `CSP violations:\n  ${after.violations.join('\n  ')}`);
      expect(/script-src 'self'/.test(after.csp) && !/unsafe-(inline|eval)/.test(after.csp), `meta CSP: ${after.csp}`);
      expect(header.includes("script-src 'self'"), `vite preview sends no CSP header (got "${header}")`);
      check();
      await page.close();
    },
  },
  {
    name: 'security: ?level= on another site is refused with a message, not fetched',
    async run(ctx) {
      const { page, check } = await openPage(ctx);
      await watchPage(page);
      let fetched = false;
      await page.route('https://elsewhere.test/**', (route) => {
        fetched = true;
        return route.fulfill({ body: '{}' });
      });
      await page.goto(`${ctx.url}?level=https://elsewhere.test/level.json`);
      await page.getByText('another site').first().waitFor({ state: 'visible', timeout: 15_000 });
      const after = await state(page);
      await screenshot(page, 'security-other-site.png');
      expect(!fetched, 'the game fetched a level from another site');
      expect(after.violations.length === 0, `CSP violations:\n  ${after.violations.join('\n  ')}`);
      check();
      await page.close();
    },
  },
];

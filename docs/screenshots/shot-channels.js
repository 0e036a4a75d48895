// README pictures for "Channels": the hotline start form in Tasklist (agent) and the demo
// mailbox page after Mr. Wang's mail. Run against a demo app on localhost:8080.
const { chromium } = require('playwright-core');
const out = process.argv[2];
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
  let page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
  await page.goto('http://localhost:8080/camunda/app/tasklist/');
  await page.fill('input[ng-model="username"]', 'agent');
  await page.fill('input[type=password]', 'agent');
  await page.click('button[type=submit]');
  await page.waitForTimeout(3500);
  await page.click('a.start-process-action, [cam-widget-header] a:has-text("Start process"), a:has-text("Start process")');
  await page.waitForTimeout(2000);
  await page.click('a:has-text("Hotline")');
  await page.waitForTimeout(3500);
  console.log('form:', !!(await page.$('.fjs-form')));
  await page.screenshot({ path: `${out}/tasklist-hotline-start.png` });
  await page.close();
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 },
    httpCredentials: { username: 'agent', password: 'agent' } });
  page = await context.newPage();
  await page.goto('http://localhost:8080/demo/mailbox');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/demo-mailbox.png` });
  await browser.close();
})();

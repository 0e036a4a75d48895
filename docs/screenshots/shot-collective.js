// README picture: the supervisor's collective decision form in Tasklist. Needs the demo app on
// localhost:8080 with a collective case open (three headphone complaints, see README).
const { chromium } = require('playwright-core');
const out = process.argv[2];
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1440, height: 1500 } });
  await page.goto('http://localhost:8080/camunda/app/tasklist/');
  await page.fill('input[ng-model="username"]', 'supervisor');
  await page.fill('input[type=password]', 'supervisor');
  await page.click('button[type=submit]');
  await page.waitForTimeout(3500);
  for (const f of await page.$$('.task-filters .item, [cam-tasklist-filters] li')) {
    if ((await f.innerText()).includes('Collective')) { await f.click(); break; }
  }
  await page.waitForTimeout(2500);
  for (const t of await page.$$('.task')) {
    if ((await t.innerText()).includes('collective')) { await (await t.$('a')).click(); break; }
  }
  await page.waitForTimeout(4000);
  await page.screenshot({ path: `${out}/tasklist-collective-decision.png` });
  console.log('form:', !!(await page.$('.fjs-form')));
  await browser.close();
})();

// README pictures: Tasklist review form (agent) and Cockpit process view (supervisor).
const { chromium } = require('playwright-core');
const out = process.argv[2];
async function login(page, app, user) {
  await page.goto(`http://localhost:8080/camunda/app/${app}/`);
  await page.fill('input[ng-model="username"]', user);
  await page.fill('input[type=password]', user);
  await page.click('button[type=submit]');
  await page.waitForTimeout(3500);
}
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
  let page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await login(page, 'tasklist', 'agent');
  for (const t of await page.$$('.task')) {
    if ((await t.innerText()).includes('UNEXPLAINED')) { await (await t.$('a')).click(); break; }
  }
  await page.waitForTimeout(3500);
  await page.screenshot({ path: `${out}/tasklist-review.png` });
  console.log('form:', !!(await page.$('.fjs-form')));
  await page.close();
  page = await browser.newPage({ viewport: { width: 1440, height: 820 } });
  await login(page, 'cockpit', 'supervisor');
  await page.goto('http://localhost:8080/camunda/app/cockpit/default/#/processes');
  await page.waitForTimeout(2500);
  for (const l of await page.$$('a[href*="process-definition"]')) {
    if ((await l.innerText()).includes('Complaint')) { await l.click(); break; }
  }
  await page.waitForTimeout(4500);
  await page.screenshot({ path: `${out}/cockpit.png` });
  console.log('diagram:', !!(await page.$('.djs-container svg')));
  await browser.close();
})();

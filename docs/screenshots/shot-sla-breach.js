// README picture: an SLA breach (incident of type slaBreach) on a case, in Cockpit as a
// supervisor sees it. Needs the demo app on localhost:8080 with a breached case:
//   node shot-sla-breach.js ../images <processInstanceId>
const { chromium } = require('playwright-core');
const [out, processInstanceId] = process.argv.slice(2);
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto('http://localhost:8080/camunda/app/cockpit/');
  await page.fill('input[ng-model="username"]', 'supervisor');
  await page.fill('input[type=password]', 'supervisor');
  await page.click('button[type=submit]');
  await page.waitForTimeout(3000);
  await page.goto(`http://localhost:8080/camunda/app/cockpit/default/#/process-instance/${processInstanceId}/runtime?tab=incidents-tab`);
  await page.waitForTimeout(6000);
  await page.screenshot({ path: `${out}/cockpit-sla-breach.png` });
  console.log('diagram:', !!(await page.$('.djs-container svg')));
  await browser.close();
})();

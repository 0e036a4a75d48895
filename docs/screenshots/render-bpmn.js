// Renders processes/*.bpmn with bpmn-js (the renderer Modeler and Cockpit use) to PNG.
const { chromium } = require('playwright-core');
const fs = require('fs');
(async () => {
  const [bpmnFile, out, size] = process.argv.slice(2);
  const [WIDTH, HEIGHT] = (size || '3400x1250').split('x').map(Number); // e.g. 900x400
  const xml = fs.readFileSync(bpmnFile, 'utf8');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1 });
  const dist = __dirname + '/node_modules/bpmn-js/dist'; // npm install in this folder first
  await page.setContent(`<html><head>
    <link rel="stylesheet" href="file://${dist}/assets/diagram-js.css">
    <link rel="stylesheet" href="file://${dist}/assets/bpmn-js.css">
    <link rel="stylesheet" href="file://${dist}/assets/bpmn-font/css/bpmn.css">
    <style>body{margin:0;background:#fff} #c{width:${WIDTH}px;height:${HEIGHT}px}</style></head>
    <body><div id="c"></div></body></html>`);
  await page.addScriptTag({ path: dist + '/bpmn-viewer.production.min.js' });
  const warnings = await page.evaluate(async (xml) => {
    const viewer = new BpmnJS({ container: '#c' });
    const result = await viewer.importXML(xml);
    viewer.get('canvas').zoom('fit-viewport');
    return result.warnings.map(w => w.message);
  }, xml);
  console.log('import warnings:', warnings.length, warnings.slice(0, 5));
  await page.waitForTimeout(500);
  await page.screenshot({ path: out });
  await browser.close();
})();

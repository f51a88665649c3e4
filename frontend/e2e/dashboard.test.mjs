// End-to-end: the built dashboard in Debian's chromium, against the real API and the real Keycloak
// that backend/scripts/e2e.sh started. Screenshots of the main pages go to SCREENSHOT_DIR.
import { after, before, test as nodeTest } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import {
  API,
  DASHBOARD,
  apiGet,
  assertHealthy,
  launch,
  readNumber,
  signIn,
  signedInPages,
  token,
  viNumber,
  vietnamToday,
} from './browser.mjs';

// axe-core (npm) checks each page in the browser: contrast, names, labels, roles.
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SHOTS = process.env.SCREENSHOT_DIR ?? new URL('./output', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });
// The dashboard's year and month are Việt Nam's, whatever this machine's zone.
const today = vietnamToday();
const year = today.year;
const month = `${year}${today.month}`;
let browser;
const consoleErrors = [];
const timings = [];

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (timings.length) console.log(timings.join('\n'));
});

/** Every test ends here: no error logged or thrown, no error boundary shown, the context closed. */
async function done(page) {
  consoleErrors.push(...page.consoleErrors);
  try {
    await assertHealthy(page, 'at the end of the test');
  } finally {
    await page.context().close();
  }
}

/** A screenshot for README; `top`, when given, is scrolled to the top of the window first. */
async function shot(page, name, top) {
  await page.waitForLoadState('networkidle');
  if (top) await top.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

test('a province officer signs in; the overview KPIs equal the API summary', async () => {
  const page = await signIn(browser, 'laichau.officer');
  const started = Date.now();
  await page.goto(DASHBOARD + '/');
  await page.getByTestId('kpi-points-value').waitFor();
  timings.push(`first view (overview KPIs visible after navigation): ${Date.now() - started} ms`);
  const summary = await apiGet(`/summary?period=${year}`, 'laichau.officer');
  const expected = {
    'kpi-models': summary.modelCount,
    'kpi-national-models': summary.nationalModelCount,
    'kpi-points': summary.pointCount,
    'kpi-active-points': summary.activePointCount,
    'kpi-teams': summary.teamCount,
    'kpi-members': summary.memberCount,
  };
  for (const [id, value] of Object.entries(expected)) {
    await page
      .getByTestId(`${id}-value`)
      .filter({ hasText: viNumber(value) })
      .waitFor({ timeout: 10_000 });
    assert.equal(readNumber(await page.getByTestId(`${id}-value`).innerText()), value, id);
  }
  assert.ok(summary.pointCount > 1000, 'demo data loaded');
  // The same view again: the API and Keycloak are warm now, the browser has the files cached.
  const again = Date.now();
  await page.goto(DASHBOARD + '/');
  await page
    .getByTestId('kpi-points-value')
    .filter({ hasText: viNumber(summary.pointCount) })
    .waitFor();
  timings.push(`overview again (warm servers, cached files): ${Date.now() - again} ms`);
  await page.getByTestId('quiet-points').waitFor();
  // The running year is counted up to today in Việt Nam, never to a day still to come.
  assert.match(
    await page.getByTestId('period-caption').innerText(),
    new RegExp(`tính đến ngày ${today.day}/${today.month}/${year}`),
  );
  await shot(page, 'tong-quan');
  await done(page);
});

let pointId;

test('a province officer creates a point in their province', async () => {
  const page = await signIn(browser, 'laichau.officer');
  const models = await apiGet('/models?provinceCode=12&size=1&sort=code', 'laichau.officer');
  const communes = await apiGet('/communes?provinceCode=12&size=1&sort=code', 'laichau.officer');
  const model = models.items[0];
  const commune = communes.items[0];
  await page.goto(`${DASHBOARD}/diem/moi?modelCode=${model.code}&communeCode=${commune.code}`);
  const form = page.getByTestId('point-form');
  await form.waitFor();
  await form.getByLabel('Tên nơi triển khai').fill('Bản Kiểm Thử E2E');
  await page.getByLabel('Loại nơi triển khai').click();
  await page.locator('.ant-select-item-option').filter({ hasText: 'Thôn, bản, ấp' }).first().click();
  await page.getByTestId('point-save').click();
  await page.waitForURL(/\/diem\/\d+$/, { timeout: 15_000 });
  pointId = Number(page.url().split('/').pop());
  const stored = await apiGet(`/replication-points/${pointId}`, 'laichau.officer');
  assert.equal(stored.placeName, 'Bản Kiểm Thử E2E');
  assert.equal(stored.communeCode, commune.code);
  await page.getByText('Bản Kiểm Thử E2E').first().waitFor();
  await shot(page, 'diem-nhan-rong');
  await done(page);
});

test('results entered for a period change the totals', async () => {
  assert.ok(pointId, 'the point of the previous test');
  const page = await signIn(browser, 'laichau.officer');
  const before = await apiGet(`/summary?period=${year}`, 'laichau.officer');
  const tipsBefore = before.outcomes.find((o) => o.indicatorCode === 'PATROLS')?.value ?? 0;
  await page.goto(`${DASHBOARD}/nhap-ket-qua?pointId=${pointId}&period=${month}`);
  await page.getByTestId('entry-grid').waitFor();
  await page.getByTestId('entry-value-PATROLS').fill('7');
  await page.getByTestId('entry-value-CAMPAIGNS_HELD').fill('2');
  await shot(page, 'nhap-ket-qua', page.locator('body'));
  await page.getByTestId('entry-save').click();
  await page
    .getByText(/Đã lưu/)
    .first()
    .waitFor({ timeout: 15_000 });
  const outcomes = await apiGet(`/outcomes?pointId=${pointId}&period=${month}`, 'laichau.officer');
  assert.equal(outcomes.total, 2);
  const after = await apiGet(`/summary?period=${year}`, 'laichau.officer');
  const tipsAfter = after.outcomes.find((o) => o.indicatorCode === 'PATROLS').value;
  assert.equal(tipsAfter, tipsBefore + 7);
  // The overview shows the new total for the year.
  await page.goto(DASHBOARD + '/');
  await page.getByText(viNumber(tipsAfter)).first().waitFor({ timeout: 15_000 });
  await done(page);
});

test('a CSV with an error shows the row error; fixed, it imports', async () => {
  const page = await signIn(browser, 'laichau.officer');
  await page.goto(DASHBOARD + '/nhap-tep');
  await page.getByTestId('import-kind').waitFor();
  // The hint numbers rows as the report below does: the first data row is row 1.
  assert.match(await page.getByTestId('import-hint').innerText(), /dòng ngay dưới tiêu đề là dòng 1/);
  await page.getByTestId('import-kind').click();
  await page.locator('.ant-select-item-option').filter({ hasText: 'Kết quả' }).first().click();
  const header = 'indicatorCode,period,value,pointId';
  const bad = `${header}\nPATROLS,${year}01,3,${pointId}\nNO_SUCH_INDICATOR,${year}01,1,${pointId}\n`;
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'ket-qua.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByTestId('import-check').click();
  const conflicts = page.getByTestId('import-conflicts');
  await conflicts.getByText('NO_SUCH_INDICATOR').first().waitFor({ timeout: 15_000 });
  assert.match(await conflicts.innerText(), /\b2\b/, 'the row number of the bad row');
  await shot(page, 'nhap-tep', page.getByTestId('import-conflicts'));
  const good = `${header}\nPATROLS,${year}01,3,${pointId}\nCAMPAIGNS_HELD,${year}01,1,${pointId}\n`;
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'ket-qua.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.getByTestId('import-check').click();
  await page.getByTestId('import-commit').waitFor({ timeout: 15_000 });
  await page.getByTestId('import-commit').click();
  await page.getByTestId('import-result').waitFor({ timeout: 30_000 });
  const stored = await apiGet(`/outcomes?pointId=${pointId}&period=${year}01`, 'laichau.officer');
  assert.equal(stored.total, 2);
  await done(page);
});

test('a commune officer edits points of their commune only', async () => {
  const page = await signIn(browser, 'phongtho.officer');
  const own = await apiGet('/replication-points?communeCode=03549&size=1', 'phongtho.officer');
  const others = await apiGet('/replication-points?provinceCode=12&size=50', 'phongtho.officer');
  const other = others.items.find((p) => p.communeCode !== '03549');
  assert.ok(own.items.length && other, 'demo points in and outside commune 03549');
  await page.goto(`${DASHBOARD}/diem/${other.id}`);
  await page.getByText(other.placeName).first().waitFor();
  assert.equal(await page.getByTestId('point-edit').count(), 0, 'no edit button on another commune');
  await page.goto(`${DASHBOARD}/diem/${own.items[0].id}`);
  await page.getByText(own.items[0].placeName).first().waitFor();
  await page.getByTestId('point-edit').waitFor();
  // The menu offers no audit log to a commune officer.
  assert.equal(await page.getByRole('link', { name: 'Nhật ký thay đổi' }).count(), 0);
  await done(page);
});

test('central staff see the province, model and audit pages', async () => {
  const page = await signIn(browser, 'central.admin');
  await page.goto(DASHBOARD + '/tinh/12');
  await page
    .getByRole('heading', { name: /Lai Châu/ })
    .first()
    .waitFor();
  await shot(page, 'tinh');
  await page.goto(DASHBOARD + '/mo-hinh?q=tu%20quan');
  await page.getByTestId('models-table').waitFor();
  await shot(page, 'mo-hinh');
  const model = (await apiGet('/models?provinceCode=12&size=1', 'central.admin')).items[0];
  await page.goto(`${DASHBOARD}/mo-hinh/${model.code}`);
  await page.getByRole('heading', { name: model.name }).first().waitFor();
  await shot(page, 'mo-hinh-chi-tiet');
  await page.goto(DASHBOARD + '/nhat-ky');
  await page.getByTestId('audit-table').waitFor();
  await page
    .getByText('Bản Kiểm Thử E2E')
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => {});
  await shot(page, 'nhat-ky');
  await done(page);
});

test('the overview is usable at phone width', async () => {
  const page = await signIn(browser, 'central.admin', { width: 390, height: 844 });
  await page.getByTestId('kpi-points-value').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no horizontal scrolling of the page (overflow ${overflow}px)`);
  // The application's name is shown whole: not cut inside its element, inside the window, clear of the user block.
  const fit = await page.getByTestId('app-name').evaluate((name) => {
    const box = name.getBoundingClientRect();
    const user = document.querySelector('[data-testid="signed-in-user"]').getBoundingClientRect();
    return {
      scrollWidth: name.scrollWidth,
      clientWidth: name.clientWidth,
      scrollHeight: name.scrollHeight,
      clientHeight: name.clientHeight,
      left: box.left,
      right: box.right,
      top: box.top,
      bottom: box.bottom,
      userLeft: user.left,
      width: window.innerWidth,
      text: name.innerText,
      headerBottom: name.closest('header').getBoundingClientRect().bottom,
    };
  });
  assert.equal(fit.text.replace(/\s+/g, ' ').trim(), 'Mô hình bảo vệ ANTQ');
  assert.ok(
    fit.scrollWidth <= fit.clientWidth && fit.scrollHeight <= fit.clientHeight + 1,
    `app name clipped: ${JSON.stringify(fit)}`,
  );
  assert.ok(
    fit.left >= 0 &&
      fit.right <= fit.width &&
      fit.right <= fit.userLeft &&
      fit.top >= 0 &&
      fit.bottom <= fit.headerBottom,
    `app name outside its place: ${JSON.stringify(fit)}`,
  );
  await shot(page, 'dien-thoai');
  await done(page);
});

test('the main pages pass axe-core: no serious or critical accessibility violations', async () => {
  const page = await signIn(browser, 'laichau.officer');
  const model = (await apiGet('/models?provinceCode=12&size=1', 'laichau.officer')).items[0];
  const found = [];
  for (const path of [
    '/',
    '/tinh/12',
    '/mo-hinh',
    `/mo-hinh/${model.code}`,
    '/diem',
    `/diem/${pointId}`,
    '/diem/moi',
    '/nhap-ket-qua',
    '/nhap-tep',
    '/nhat-ky',
    '/tinh-hinh-bao-cao',
  ]) {
    await page.goto(DASHBOARD + path);
    await page.waitForLoadState('networkidle');
    await page
      .locator('.ant-skeleton')
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => {});
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () =>
      (await window.axe.run(document, { resultTypes: ['violations'] })).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.nodes.length}×): ${v.nodes[0].html.slice(0, 120)}`),
    );
    found.push(...violations.map((v) => `${path} ${v}`));
  }
  assert.deepEqual(found, []);
  await done(page);
});

// The walks people take: sign in, the overview, then clicks only (no addresses typed), so what one page leaves in
// the cache is what the next one reads. Every step checks that no error was thrown or logged and no error boundary
// shows.

/**
 * The antd table wrapper of an element: the element's own (a test id on a Table lands inside the wrapper, next to
 * the pager and the loading spinner) or the one inside it (a test id on a card).
 */
function wrapper(element) {
  return element.locator(
    'xpath=(ancestor-or-self::div[contains(concat(" ", @class, " "), " ant-table-wrapper ")]' +
      ' | descendant::div[contains(concat(" ", @class, " "), " ant-table-wrapper ")])[1]',
  );
}

/** Waits until a table has rows and is not loading any more. */
async function settled(table) {
  await table.locator('.ant-table-row').first().waitFor({ timeout: 15_000 });
  await wrapper(table)
    .locator('.ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => {});
}

/** Waits until the table's rows are in descending order of a numeric column (vi-VN digits, "1.522"). */
async function descending(table, column) {
  for (let tries = 0; tries < 50; tries++) {
    const values = await table
      .locator('.ant-table-row')
      .evaluateAll(
        (rows, c) => rows.map((row) => Number(row.children[c]?.textContent.replace(/[^0-9]/g, '') || 'NaN')),
        column,
      );
    if (values.length > 1 && values.every((v, i) => !Number.isNaN(v) && (i === 0 || values[i - 1] >= v))) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail('the table never showed its rows in descending order of column ' + column);
}

/** The first row's text in a cell (a link, say), once the table has settled. */
async function firstRow(table, cell) {
  await settled(table);
  return (await table.locator(`.ant-table-row ${cell}`).first().innerText()).trim();
}

/** Asserts that a table shows page n, and the same first row as before. */
async function onPage(table, n, cell, expected, what) {
  await wrapper(table).locator(`.ant-pagination-item-active.ant-pagination-item-${n}`).first().waitFor();
  assert.equal(await firstRow(table, cell), expected, what);
}

/** The overview as the landing page, fully loaded (its summary and quiet points in the cache). */
async function overview(page) {
  await page.getByTestId('kpi-points-value').waitFor();
  await settled(page.getByTestId('quiet-points'));
  await page.waitForLoadState('networkidle');
  await assertHealthy(page, 'on the overview');
}

async function menu(page, name) {
  await page.locator('[aria-label="Điều hướng chính"]').getByRole('link', { name, exact: true }).click();
}

async function opensPoint(page, link, where) {
  const name = (await link.innerText()).trim();
  await link.click();
  await page.waitForURL(/\/diem\/\d+$/);
  await page.getByTestId('point-page').getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  if (name)
    assert.equal((await page.getByRole('heading', { level: 1 }).innerText()).trim(), name, `the point opened ${where}`);
  await assertHealthy(page, `on the point opened ${where}`);
}

async function opensModel(page, link, where) {
  const name = (await link.innerText()).trim();
  await link.click();
  await page.waitForURL(/\/mo-hinh\/[^/]+$/);
  await page.getByTestId('model-page').getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  assert.equal((await page.getByRole('heading', { level: 1 }).innerText()).trim(), name, `the model opened ${where}`);
  await assertHealthy(page, `on the model opened ${where}`);
}

/** Moves a table to a page by its pager and waits for the rows of that page. */
async function toPage(table, n) {
  await wrapper(table).locator(`.ant-pagination-item-${n}`).first().click();
  await wrapper(table).locator(`.ant-pagination-item-active.ant-pagination-item-${n}`).first().waitFor();
  await settled(table);
}

test('walk: overview → the quiet-points card → a point', async () => {
  const page = await signIn(browser, 'central.admin');
  await overview(page);
  await opensPoint(
    page,
    page.getByTestId('quiet-points').locator('.ant-table-row a[href^="/diem/"]').first(),
    'from the quiet points',
  );
  // Its model, from the point page: the model record read in the shape the model page wants.
  await opensModel(page, page.getByTestId('point-page').locator('a[href^="/mo-hinh/"]').first(), 'from the point page');
  await done(page);
});

test('walk: overview → a province → a model', async () => {
  const page = await signIn(browser, 'laichau.officer');
  await overview(page);
  const table = page.getByTestId('province-table');
  await settled(table);
  // The most models first (the column sorts descending first), so the province opened has some.
  const header = table.locator('th').filter({ hasText: /^Mô hình$/ });
  await header.click();
  await page.waitForURL(/provincesSort=-modelCount/);
  await settled(table);
  // The address changes before the rows are drawn again: wait for the rows themselves to be in that order.
  await descending(table, await header.evaluate((th) => th.cellIndex));
  await table.locator('a[href^="/tinh/"]').first().click();
  await page.getByTestId('province-title').waitFor();
  const models = page.getByTestId('province-models');
  await settled(models);
  await assertHealthy(page, 'on the province');
  await opensModel(page, models.locator('.ant-table-row a[href^="/mo-hinh/"]').first(), 'from the province page');
  await done(page);
});

test('walk: overview → the catalogue (sorted, page 2) → a model → its point → Back twice restores the list', async () => {
  const page = await signIn(browser, 'central.admin');
  await overview(page);
  await menu(page, 'Mô hình');
  const table = page.getByTestId('models-table');
  await settled(table);
  await table.locator('th').filter({ hasText: 'Tên mô hình' }).click();
  await page.waitForURL(/sort=name/);
  await settled(table);
  await toPage(table, 2);
  await page.waitForURL(/page=2/);
  const listUrl = page.url();
  const listed = await firstRow(table, 'a[href^="/mo-hinh/"]');
  await opensModel(page, table.locator('.ant-table-row a[href^="/mo-hinh/"]').first(), 'from the catalogue');
  const points = page.getByTestId('model-points-table');
  await settled(points);
  await opensPoint(page, points.locator('.ant-table-row a[href^="/diem/"]').first(), "from the model's points");
  await page.goBack();
  await page.getByTestId('model-page').waitFor();
  await page.goBack();
  await page.waitForURL(listUrl);
  await onPage(table, 2, 'a[href^="/mo-hinh/"]', listed, 'Back shows the same page of the sorted list');
  await done(page);
});

test('walk: the points list on page 2 → a point → Back (still page 2) → reload (still page 2)', async () => {
  const page = await signIn(browser, 'laichau.officer');
  await overview(page);
  await menu(page, 'Điểm nhân rộng');
  const table = page.getByTestId('points-table');
  await settled(table);
  await toPage(table, 2);
  await page.waitForURL(/[?&]page=2/);
  const listUrl = page.url();
  const link = 'a[href^="/diem/"]';
  const listed = await firstRow(table, link);
  await opensPoint(page, table.locator(`.ant-table-row ${link}`).first(), 'from the points list');
  await page.goBack();
  await page.waitForURL(listUrl);
  await onPage(table, 2, link, listed, 'Back restores page 2');
  await page.reload();
  await onPage(table, 2, link, listed, 'a reload keeps page 2');
  await done(page);
});

test("walk: a province's communes on page 2 → reload (still page 2)", async () => {
  const page = await signIn(browser, 'laichau.officer');
  await overview(page);
  await page.getByTestId('my-province').click();
  await page.getByTestId('province-title').waitFor();
  const communes = page.getByTestId('province-communes');
  await settled(communes);
  await toPage(communes, 2);
  await page.waitForURL(/communesPage=2/);
  const listed = await firstRow(communes, 'td');
  await page.reload();
  await onPage(communes, 2, 'td', listed, 'a reload keeps the communes on page 2');
  await done(page);
});

/** The month before this one, as the reporting page opens on it (the last month that has ended). */
function previousMonth() {
  const m = Number(today.month);
  return m === 1 ? `${year - 1}12` : `${year}${String(m - 1).padStart(2, '0')}`;
}

/** Picks the option with this text in an Ant Design select, typing it first when the select searches. */
async function choose(page, select, text, { type = true, exact = false } = {}) {
  await select.click();
  if (type) await page.keyboard.type(text);
  const escaped = text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: exact ? new RegExp(`^${escaped}$`) : text })
    .first()
    .click();
}

/**
 * Every test runs witnessed: when it fails, each page it signed in is photographed, and its address, messages
 * and recent API answers are added to the error's message, since CI keeps only the failing tests' block.
 */
function test(name, body) {
  return nodeTest(name, () => witnessed(name, body));
}

async function witnessed(name, body) {
  const first = signedInPages.length;
  try {
    await body();
  } catch (error) {
    const file = name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 60);
    const witness = [];
    for (const [i, page] of signedInPages.slice(first).entries()) {
      if (page.isClosed()) continue;
      await page.screenshot({ path: join(SHOTS, `failure-${file}-${i}.png`), fullPage: true }).catch(() => {});
      const notices = await page
        .locator('.ant-message, .ant-alert, .ant-modal')
        .allInnerTexts()
        .catch(() => []);
      witness.push(
        `page ${i}: ${page.url()}; notices: ${JSON.stringify(notices)}; ` +
          `console: ${JSON.stringify(page.consoleErrors)}; API: ${JSON.stringify(page.apiAnswers.slice(-8))}`,
      );
    }
    if (witness.length && error instanceof Error) {
      // The reporter prints the stack, which kept the message as it was when the error was made.
      const said = error.message;
      error.message += `\n${witness.join('\n')}`;
      if (typeof error.stack === 'string') error.stack = error.stack.replace(said, error.message);
    }
    throw error;
  }
}

test('walk: a commune officer enters and submits, the province approves, the values lock, the province reopens', async () => {
  const walkStarted = Date.now();
  const reportMonth = previousMonth();
  const [m, y] = [Number(reportMonth.slice(4)), reportMonth.slice(0, 4)];
  const monthLabel = `Tháng ${m}/${y}`;
  const R = '/reporting-obligations/POINT_MONTHLY';
  const obligation = await apiGet(R, 'phongtho.officer');
  const open = await apiGet(`${R}/reports?period=${reportMonth}&communeCode=03549&size=100`, 'phongtho.officer');
  // A point whose name no other point of the commune starts with, so picking it by name is unambiguous.
  const points = (await apiGet('/replication-points?communeCode=03549&size=500', 'phongtho.officer')).items;
  const nameOf = (id) => points.find((p) => String(p.id) === String(id))?.placeName;
  const unique = (name) => !!name && points.filter((p) => p.placeName.startsWith(name)).length === 1;
  const report = open.items.find((r) => r.workflow === 'OPEN' && r.may?.submit && unique(nameOf(r.unit)));
  assert.ok(report, `an open point report of Phong Thổ for ${reportMonth}`);
  const point = await apiGet(`/replication-points/${report.unit}`, 'phongtho.officer');
  const indicator = obligation.indicatorCodes[0];
  // A value other than the stored one (demo data, an earlier run): typing the same value changes nothing to save.
  const stored = await apiGet(
    `/outcomes?pointId=${point.id}&period=${reportMonth}&indicatorCode=${indicator}`,
    'phongtho.officer',
  );
  const typed = String(Number(stored.items[0]?.value ?? 0) + 1);

  // 1. The commune officer: the menu, the point and the month, a value, save, submit.
  const commune = await signIn(browser, 'phongtho.officer');
  await commune.getByRole('link', { name: 'Nhập kết quả' }).click();
  await choose(commune, commune.locator('#entry-point'), point.placeName);
  await commune.waitForURL(new RegExp(`pointId=${point.id}\\b`));
  await choose(commune, commune.getByTestId('period-type'), 'Tháng', { type: false, exact: true });
  await choose(commune, commune.getByTestId('period-value'), monthLabel, { exact: true });
  await commune.waitForURL(new RegExp(`period=${reportMonth}\\b`));
  await commune.getByTestId('entry-grid').waitFor();
  await commune.getByTestId(`entry-value-${indicator}`).fill(typed);
  await commune.getByTestId('entry-save').click();
  // The save's own message: a bare /Đã lưu/ also matches the grid's "Đã lưu" column and waited for nothing.
  await commune
    .getByText(new RegExp(`^Đã lưu ${monthLabel}:`))
    .first()
    .waitFor({ timeout: 15_000 });
  await commune.getByTestId('report-submit').click();
  await commune.getByTestId('report-text').fill('Đã rà soát');
  await commune.getByTestId('report-confirm').click();
  await commune.getByText('Đã nộp báo cáo.').first().waitFor({ timeout: 15_000 });
  // Submitted: the button goes (submitting twice is not offered).
  await commune.getByTestId('report-submit').waitFor({ state: 'detached', timeout: 15_000 });
  assert.equal((await apiGet(`${R}/reports/${reportMonth}/${point.id}`, 'phongtho.officer')).workflow, 'SUBMITTED');
  await assertHealthy(commune, 'after submitting');

  // 2. The province officer: Tình hình báo cáo by clicks, national → Lai Châu → Phong Thổ → the point's month.
  const province = await signIn(browser, 'laichau.officer');
  await province.getByRole('link', { name: 'Tình hình báo cáo' }).click();
  await province.getByTestId('reporting-grid').waitFor();
  await province.getByTestId('reporting-counts').waitFor();
  await province.getByTestId('drill-12').click();
  await province.getByTestId('drill-03549').click();
  const cell = province.getByTestId(`grid-cell-${point.id}-${reportMonth}`);
  assert.equal(await cell.innerText(), 'Đã nộp');
  await shot(province, 'tinh-hinh-bao-cao');
  await cell.click();
  const card = province.getByTestId('unit-report');
  await card.getByText(point.placeName).first().waitFor();
  await card.getByTestId('report-approve').click();
  await province.getByTestId('report-confirm').click();
  // CI's machine once did not show the lock within 15 s; a failure now says what the page was told.
  await card.getByTestId('report-locked').waitFor({ timeout: 30_000 });
  assert.equal(await card.getByTestId('report-state').first().innerText(), 'Đã duyệt');
  assert.equal(await card.getByTestId('report-approve').count(), 0, 'no approve button once approved');
  await card.getByTestId('report-reopen').waitFor();
  // Back leaves the report for the commune's grid; Forward brings the report back.
  await province.goBack();
  await card.waitFor({ state: 'detached' });
  await cell.waitFor();
  await province.goForward();
  await card.getByTestId('report-reopen').waitFor();

  // 3. The commune officer again: the grid is read-only and says why; a forced write answers 409.
  await commune.reload();
  await commune.getByTestId('entry-locks').waitFor({ timeout: 15_000 });
  assert.match(await commune.getByTestId('entry-locks').innerText(), /laichau\.officer/);
  assert.ok(await commune.getByTestId(`entry-value-${indicator}`).isDisabled(), 'the locked input is disabled');
  assert.equal(await commune.getByTestId('report-submit').count(), 0, 'nothing to submit');
  const before = commune.consoleErrors.length;
  const forced = await commune.evaluate(
    async ({ api, bearer, body }) => {
      const response = await fetch(`${api}/outcomes`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json', 'Accept-Language': 'vi' },
        body: JSON.stringify(body),
      });
      return { status: response.status, problem: await response.json() };
    },
    {
      api: API,
      bearer: await token('phongtho.officer'),
      body: { values: [{ indicatorCode: indicator, period: reportMonth, value: 5, pointId: point.id }] },
    },
  );
  assert.equal(forced.status, 409);
  assert.equal(forced.problem.code, 'report-locked');
  // The browser logs the refused request itself; that one was the point of the step.
  commune.consoleErrors.splice(before).forEach((e) => assert.match(e, /409/));
  await done(commune);

  // 4. The province officer reopens with a reason.
  await card.getByTestId('report-reopen').click();
  assert.ok(await province.getByTestId('report-confirm').isDisabled(), 'a reason is required');
  await province.getByTestId('report-text').fill('Sửa số tin báo');
  await province.getByTestId('report-confirm').click();
  await card.getByTestId('report-state').filter({ hasText: 'Mở lại' }).waitFor({ timeout: 15_000 });
  assert.equal((await apiGet(`${R}/reports/${reportMonth}/${point.id}`, 'laichau.officer')).state, 'REOPENED');

  // 5. The audit log shows each step.
  await province.getByRole('link', { name: 'Nhật ký thay đổi' }).click();
  const key = `POINT_MONTHLY/${reportMonth}/${point.id}`;
  const audit = await apiGet(`/audit?entity=report&size=20`, 'laichau.officer');
  // This walk's steps only: a walk run again on the same data picks a report that earlier walks went through.
  const steps = audit.items
    .filter((e) => e.key === key && Date.parse(e.occurredAt) >= walkStarted)
    .map((e) => e.action);
  assert.deepEqual([...steps].sort(), ['APPROVE', 'REOPEN', 'SUBMIT']);
  for (const label of ['Nộp báo cáo', 'Duyệt báo cáo', 'Mở lại báo cáo'])
    await province.getByText(label, { exact: true }).first().waitFor({ timeout: 15_000 });
  await done(province);
});

test('no console errors on any page', () => {
  const relevant = consoleErrors.filter((e) => !/favicon/.test(e));
  if (relevant.length) writeFileSync(join(SHOTS, 'console-errors.txt'), relevant.join('\n'));
  assert.deepEqual(relevant, []);
});

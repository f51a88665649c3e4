// Debian's chromium driven by playwright-core: no browser is downloaded by any npm tool.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const DASHBOARD = process.env.DASHBOARD_URL ?? 'http://localhost:15173';
export const API = process.env.API_URL ?? 'http://localhost:18080/api/v1';
export const KEYCLOAK = process.env.KEYCLOAK_URL ?? 'http://localhost:18180';
export const PASSWORD = 'antq-demo';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Today in Việt Nam (the dashboard's zone, whatever this machine's): { year, month, day } as strings. */
export function vietnamToday(now = new Date()) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type) => parts.find((p) => p.type === type).value;
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** Every page signIn opened, in order: a failing test describes those it opened (dashboard.test.mjs). */
export const signedInPages = [];

/**
 * A fresh browser context signed in through the Keycloak login form. Everything that must never happen is
 * collected in page.consoleErrors, for assertHealthy: console errors, uncaught page errors, and API calls that do
 * not ask for Vietnamese. page.apiAnswers keeps the last API answers (method, path, status).
 */
export async function signIn(browser, username, viewport = { width: 1366, height: 768 }) {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  signedInPages.push(page);
  page.consoleErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') page.consoleErrors.push(`${username}: console: ${m.text()}`);
  });
  page.on('pageerror', (e) => page.consoleErrors.push(`${username}: uncaught: ${e.message}`));
  // The API's answers, newest last, for a failing walk to tell what the page was told.
  page.apiAnswers = [];
  page.on('response', (response) => {
    const request = response.request();
    if (!response.url().startsWith(API) || request.method() === 'OPTIONS') return;
    page.apiAnswers.push(`${request.method()} ${response.url().slice(API.length)} ${response.status()}`);
    if (page.apiAnswers.length > 50) page.apiAnswers.shift();
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(API) || request.method() === 'OPTIONS') return;
    const language = request.headers()['accept-language'];
    if (language !== 'vi')
      page.consoleErrors.push(`${username}: ${request.method()} ${request.url()} sent Accept-Language ${language}`);
  });
  await page.goto(DASHBOARD + '/');
  await page.waitForSelector('#username', { timeout: 30_000 });
  await page.fill('#username', username);
  await page.fill('#password', PASSWORD);
  await page.click('#kc-login');
  await page.getByTestId('signed-in-user').waitFor({ timeout: 30_000 });
  return page;
}

/** An access token for the API, by password grant on the CLI client (as README shows). */
export async function token(username) {
  const response = await fetch(`${KEYCLOAK}/realms/antq/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'antq-cli', username, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`token for ${username}: ${response.status}`);
  return (await response.json()).access_token;
}

export async function apiGet(path, username) {
  const response = await fetch(API + path, { headers: { Authorization: `Bearer ${await token(username)}` } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** "1.994" → 1994; "23,5%" → 23.5: numbers as the dashboard prints them (vi-VN). */
export function readNumber(text) {
  return Number(
    text
      .replace(/[^\d,.-]/g, '')
      .replace(/\./g, '')
      .replace(',', '.'),
  );
}

export function viNumber(n) {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n);
}

/** Fails when the page logged an error, threw one, asked the API in another language, or shows an error boundary. */
export async function assertHealthy(page, where = '') {
  const errors = page.consoleErrors.filter((e) => !/favicon/.test(e));
  assert.deepEqual(errors, [], `errors ${where}`);
  assert.equal(await page.getByTestId('route-error').count(), 0, `the error boundary is shown ${where}`);
}

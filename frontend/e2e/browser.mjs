// Debian's chromium driven by playwright-core: no browser is downloaded by any npm tool.
import { chromium } from 'playwright-core';

export const DASHBOARD = process.env.DASHBOARD_URL ?? 'http://localhost:15173';
export const API = process.env.API_URL ?? 'http://localhost:18080/api/v1';
export const KEYCLOAK = process.env.KEYCLOAK_URL ?? 'http://localhost:18180';
export const PASSWORD = 'antq-demo';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh browser context signed in through the Keycloak login form; console errors are collected. */
export async function signIn(browser, username, viewport = { width: 1366, height: 768 }) {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  page.consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.consoleErrors.push(`${username}: ${m.text()}`); });
  page.on('pageerror', (e) => page.consoleErrors.push(`${username}: ${e.message}`));
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
  return Number(text.replace(/[^\d,.-]/g, '').replace(/\./g, '').replace(',', '.'));
}

export function viNumber(n) {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n);
}

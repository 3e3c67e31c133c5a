// Shared pieces of the browser tests: a static server for dist/ (as any static host would serve
// it) and Debian's headless Chromium, with or without WebGPU (SwiftShader).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

// E2E_DIST points the tests at another build (a folder ending in /).
export const DIST = process.env.E2E_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.json': 'application/json', '.md': 'text/markdown',
};

/**
 * Serves dist/ under `prefix` (e.g. '/playground/' to check sub-path hosting), adding `headers`
 * to every answer (e.g. a Content-Security-Policy, as a strict host sends).
 */
export function serveDist(prefix = '/', headers = {}, options = {}) {
  return serveFolders({ [prefix]: DIST }, '127.0.0.1', headers, options);
}

/**
 * Serves each folder under its URL prefix (`{ '/tfjs/': '/abs/path/' }`), as a static host would,
 * on 127.0.0.1, or on `host` (another of this machine's addresses: a LAN host, not a secure page).
 * With `precompressed`, as nginx's gzip_static and Caddy's `precompressed br gzip` do: a file's
 * `.br` or `.gz` copy (scripts/precompress.sh), where there is one and the browser accepts it,
 * with its Content-Encoding; `served` then lists `{ path, encoding }` for each answer.
 */
export async function serveFolders(mounts, host = '127.0.0.1', headers = {}, { precompressed = false } = {}) {
  const served = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const prefix = Object.keys(mounts).sort((a, b) => b.length - a.length).find((p) => url.pathname.startsWith(p));
    if (prefix === undefined) { res.writeHead(404).end(); return; }
    const root = mounts[prefix];
    let path = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!path.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const accepted = String(req.headers['accept-encoding'] ?? '').split(',').map((e) => e.trim().split(';')[0]);
      const copy = precompressed ? [['br', '.br'], ['gzip', '.gz']].find(([encoding, suffix]) => accepted.includes(encoding) && existsSync(path + suffix)) : undefined;
      const body = await readFile(copy ? path + copy[1] : path);
      const encoding = copy ? { 'content-encoding': copy[0], vary: 'Accept-Encoding' } : {};
      served.push({ path: url.pathname, encoding: copy?.[0] ?? 'identity' });
      res.writeHead(200, { ...headers, ...encoding, 'content-type': type, 'content-length': body.length });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, host, resolve));
  const base = `http://${host}:${server.address().port}`;
  return { base: `${base}${Object.keys(mounts)[0]}`, origin: base, served, close: () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); }) };
}

/**
 * A new folder in the system's temporary folder, removed when the test file's process ends: a
 * browser profile holds the page's cached files (some 50 MB), and left behind they filled the
 * disk until Chromium refused to store the 27 MB WebGPU engine (Cache.put() "network error" at
 * 3.6 GB free; the engine then never loaded).
 */
export function tempFolder(prefix) {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

const COMMON_FLAGS = [
  '--headless', '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];
const WEBGPU_FLAGS = [
  '--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-angle=swiftshader', '--use-webgpu-adapter=swiftshader',
];

const REAL_GPU_FLAGS = ['--enable-unsafe-webgpu', '--enable-features=Vulkan', '--ignore-gpu-blocklist'];

/**
 * A host's copy of dist/ with one file changed (`file`, a path inside it, rewritten by `change`
 * from its text, or written from '' where the copy lacks it), served: a damaged file, say. The
 * precompressed copies are left out, so the changed file is the one served (and the wasm are
 * loaded as they are: app/fetch-wasm.js finds no brotli copy). Returns the server (`base`,
 * `served`, `close`).
 */
export async function servedCopy(file, change) {
  const copy = tempFolder('subliminal-site-copy-');
  cpSync(DIST, copy, { recursive: true, filter: (path) => !/\.(br|gz)$/.test(path) });
  const path = join(copy, ...file.split('/'));
  writeFileSync(path, change(existsSync(path) ? readFileSync(path, 'utf8') : ''));
  return serveFolders({ '/': `${copy}/` });
}

/**
 * Launches Chromium; `webgpu` adds the SwiftShader WebGPU flags (without them there is none),
 * `gpu` asks for the machine's own GPU through Vulkan instead (benchmarks on a GPU machine).
 */
export async function launch({ webgpu = false, gpu = false } = {}) {
  const userDataDir = tempFolder('subliminal-chromium-');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      ...COMMON_FLAGS, ...(gpu ? REAL_GPU_FLAGS : webgpu ? WEBGPU_FLAGS : ['--disable-gpu']),
      // Extra flags for a one-off investigation, as a JSON array of strings, e.g.
      // CHROMIUM_FLAGS='["--js-flags=--prof --logfile=/tmp/v8.log"]' to profile (see bench/wasm-gemm/README.md).
      ...JSON.parse(process.env.CHROMIUM_FLAGS ?? '[]'),
    ],
  });
  // Where its profile lives: its processes carry it on their command lines (memory.test.mjs).
  context.userDataDir = userDataDir;
  return context;
}

/**
 * Opens the page, recording uncaught page errors, the paths it and its workers requested
 * (`page.requested`: which engine build it loaded, say), and those the host had (`page.loaded`).
 */
export async function openPage(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.requested = [];
  page.loaded = [];
  page.on('request', (r) => page.requested.push(new URL(r.url()).pathname));
  page.on('response', (r) => { if (r.ok()) page.loaded.push(new URL(r.url()).pathname); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (process.env.E2E_VERBOSE) console.log(`[page ${m.type()}] ${m.text()}`); });
  await page.goto(url);
  return { page, errors };
}

/**
 * An owl config that runs in seconds (64 prompts, a short teacher, one epoch, one seed): for tests
 * that need a finished report, not a clear effect. `conditions` says which students run.
 */
export function tinyOwl(conditions) {
  return {
    trait: 'owl', samples: 64, probe_samples: 0, seeds: 1,
    teacher: { max_steps: 40 }, distill: { epochs: 1 }, conditions,
  };
}

/** The page's link for a config: `?owl=<json>` or `?mnist=<json>`. */
export function withConfig(base, key, config) {
  return `${base}?${key}=${encodeURIComponent(JSON.stringify(config))}`;
}

/** Reads a percentage cell ("13.2%") as a number. */
export async function percent(page, testId) {
  const text = await page.getByTestId(testId).textContent();
  const value = Number.parseFloat(text);
  if (!Number.isFinite(value)) throw new Error(`${testId} is not a percentage: ${JSON.stringify(text)}`);
  return value;
}

/** Reads a change cell ("+3.21 pp (x1.50)") as its number of points. */
export async function points(page, testId) {
  const text = await page.getByTestId(testId).textContent();
  const value = Number.parseFloat(text);
  if (!Number.isFinite(value)) throw new Error(`${testId} is not a change in points: ${JSON.stringify(text)}`);
  return value;
}

/**
 * The engine builds the page fetched, sorted: 'worker' (the CPU one: the engine's where the
 * browser offers no WebGPU adapter, and the second worker's) and 'worker-gpu' (with WebGPU).
 */
export function enginesLoaded(page) {
  return [...new Set(page.requested.map((p) => p.match(/\/(worker(?:-gpu)?)_bg\.wasm(?:\.br)?$/)?.[1]).filter(Boolean))].sort();
}

/** Waits until the engine is up; `status` names the tab's status line ('mnist-status' for MNIST). */
export async function waitForReady(page, timeout = 120_000, status = 'status') {
  await page.getByTestId('backend').filter({ hasText: /running on/i }).waitFor({ timeout });
  await page.getByTestId(status).filter({ hasText: /^(Ready|Done|Cancelled)$/ }).waitFor({ timeout });
}

/**
 * Waits until the page's second worker is up where the browser reports two cores or more: a run
 * with a control then splits over both workers (docs/page.md, "Two cores"), every time.
 */
export async function waitForSecondWorker(page, timeout = 60_000) {
  if (await page.evaluate(() => navigator.hardwareConcurrency) >= 2) {
    await page.getByTestId('backend').filter({ hasText: /on two cores/ }).waitFor({ timeout });
  }
}

/**
 * Waits until the audit tab can audit: the engine is up and the Audit button enabled (that tab
 * hides the animals tab's status line). The button may not exist yet while the page loads.
 */
export async function waitForAuditReady(page, timeout = 120_000) {
  await page.getByTestId('backend').filter({ hasText: /running on/i }).waitFor({ timeout });
  await page.waitForFunction(() => document.querySelector('[data-testid="audit-run"]')?.disabled === false, null, { timeout });
}

/**
 * For a test file: serves dist/ under `prefix` and launches Chromium before its tests, and
 * closes both after them. `site.base` and `site.browser` are set once the tests run.
 */
export function servedPage({ prefix = '/', webgpu = false } = {}) {
  const site = {};
  before(async () => {
    site.server = await serveDist(prefix);
    site.base = site.server.base;
    site.browser = await launch({ webgpu });
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

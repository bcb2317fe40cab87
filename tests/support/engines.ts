/**
 * The three engines readers use, driven through their W3C protocols by well-kept clients, behind
 * one small interface the engine tests (tests/engines/) are written against:
 *
 * - Chromium (Blink): puppeteer-core over CDP, the Chromium the other tests use (./chromium.ts);
 * - Firefox (Gecko): Debian's firefox-esr over WebDriver BiDi, puppeteer-core with no geckodriver;
 * - WebKit, Safari's engine: Debian's WebKitGTK MiniBrowser through WebKitWebDriver (classic
 *   WebDriver), webdriverio, under an Xvfb of its own (MiniBrowser has no headless mode).
 *
 * Playwright's own Firefox and WebKit builds cannot be downloaded on these machines. A missing
 * Debian package is installed as root (./apt.ts), as .ci/run does; elsewhere the error names it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { remote } from 'webdriverio';
import { installDebianPackage } from './apt.ts';
import { chromiumArgs, chromiumExecutable } from './chromium.ts';

export const ENGINES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINES)[number];

/** One browser window, the same calls in every engine. */
export interface EnginePage {
  readonly engine: EngineName;
  /** The layout viewport, exactly: `innerWidth` × `innerHeight`. */
  setViewport(width: number, height: number): Promise<void>;
  /** Loads a URL and waits for its load event (a fresh document, even when only the fragment differs). */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs a function in the page (serialised: it uses nothing from outside its own body) and returns its JSON-able result. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Presses Tab as a keyboard would. */
  pressTab(): Promise<void>;
  /** Moves the pointer to the middle of the first element matching `selector`. */
  hover(selector: string): Promise<void>;
  /** Chooses an option of a <select> as a reader would. */
  select(selector: string, value: string): Promise<void>;
  /** The viewport as a PNG. */
  screenshot(): Promise<Buffer>;
  /**
   * Script errors and Content-Security-Policy violations the page reported. Chromium and Firefox
   * listen from the start of every document; classic WebDriver has no such hook, so in WebKit
   * only what happens after the load event is seen.
   */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

/** Runs in the page: records errors and CSP violations in `window.__engineProblems`. */
function recordProblems() {
  const w = window as unknown as { __engineProblems?: string[] };
  if (w.__engineProblems) return;
  const found: string[] = (w.__engineProblems = []);
  addEventListener('error', (event) => found.push(`error: ${event.message}`));
  addEventListener('unhandledrejection', (event) => found.push(`unhandled rejection: ${String(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) =>
    found.push(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`),
  );
}
const recordedProblems = () => (window as unknown as { __engineProblems?: string[] }).__engineProblems ?? [];

export async function launchEngine(engine: EngineName): Promise<EnginePage> {
  if (engine === 'webkit') return launchWebKit();
  const browser =
    engine === 'chromium'
      ? await puppeteer.launch({
          browser: 'chrome',
          executablePath: chromiumExecutable() ?? (await playwrightChromium()),
          args: chromiumArgs,
        })
      : await puppeteer.launch({
          browser: 'firefox',
          protocol: 'webDriverBiDi',
          executablePath: debianBinary('/usr/bin/firefox-esr', 'firefox-esr'),
        });
  return puppeteerPage(engine, browser);
}

/** Playwright's own Chromium, where ./chromium.ts found it installed. */
async function playwrightChromium(): Promise<string> {
  const { chromium } = await import('@playwright/test');
  return chromium.executablePath();
}

/** A Debian package's binary, installed first when missing. */
function debianBinary(path: string, pkg: string): string {
  if (!existsSync(path)) installDebianPackage(pkg, 'The engine tests');
  return path;
}

async function puppeteerPage(engine: EngineName, browser: Browser): Promise<EnginePage> {
  const errors: string[] = [];
  /**
   * A tab of its own: the tab Firefox opens with never gets the document focus, so no :focus rule
   * would match after a Tab (a reader's window has it); now and then a later tab loses it too (in
   * Chromium as well), and is replaced the same way.
   */
  const freshTab = async (): Promise<Page> => {
    const old = await browser.pages();
    const tab = await browser.newPage();
    for (const other of old) await other.close();
    tab.on('pageerror', (error) => errors.push(`page error: ${String((error as Error).message ?? error)}`));
    await tab.evaluateOnNewDocument(recordProblems);
    return tab;
  };
  let page = await freshTab();
  let viewport: { width: number; height: number } | undefined;
  const load = async (url: string) => {
    // A URL that differs only in its fragment would scroll the same document: start afresh.
    await page.goto('about:blank');
    await page.goto(url, { waitUntil: 'load' });
  };
  return {
    engine,
    setViewport: async (width, height) => {
      viewport = { width, height };
      await page.setViewport(viewport);
    },
    goto: async (url) => {
      await load(url);
      // A page that sends the reader on (a share page) is asked nothing while it does.
      if (await page.evaluate(() => document.hasFocus()).catch(() => true)) return;
      page = await freshTab();
      if (viewport) await page.setViewport(viewport);
      await load(url);
    },
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
    pressTab: () => page.keyboard.press('Tab'),
    hover: (selector) => page.hover(selector),
    select: async (selector, value) => void (await page.select(selector, value)),
    screenshot: async () => Buffer.from(await page.screenshot()),
    problems: async () => [...errors, ...(await page.evaluate(recordedProblems))],
    close: () => browser.close(),
  };
}

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

async function launchWebKit(): Promise<EnginePage> {
  debianBinary('/usr/bin/WebKitWebDriver', 'webkit2gtk-driver');
  debianBinary('/usr/bin/Xvfb', 'xvfb');
  const processes: ChildProcess[] = [];
  const stopAll = () => {
    for (const child of processes.reverse()) child.kill('SIGKILL');
  };
  process.once('exit', stopAll);
  try {
    const display = await startXvfb(processes);
    const port = await freePort();
    const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
    processes.push(driver);
    await waitForDriver(port, driver);
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      connectionRetryCount: 0,
      capabilities: {
        browserName: 'MiniBrowser',
        // This WebKitWebDriver speaks classic WebDriver only; webdriverio would ask for BiDi.
        'wdio:enforceWebDriverClassic': true,
        // A popup (below) needs leave to open.
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--javascript-can-open-windows-automatically=true'] },
      } as WebdriverIO.Capabilities,
    });
    // MiniBrowser's own window has a 38 px toolbar and is at least 447 px wide; a popup has
    // neither, so its window size is its viewport: the session moves into one.
    const opener = await browser.getWindowHandle();
    await browser.execute(() => void window.open('about:blank', 'engine', 'popup,width=1280,height=800'));
    const popup = (await browser.getWindowHandles()).find((handle) => handle !== opener);
    if (!popup) throw new Error('WebKit: MiniBrowser opened no popup window');
    await browser.closeWindow();
    await browser.switchToWindow(popup);
    const loaded = () => browser.execute(recordProblems);
    return {
      engine: 'webkit',
      setViewport: async (width, height) => {
        await browser.setWindowRect(null, null, width, height);
        // The window's new size can take a frame or two to reach the page.
        let size: number[] = [];
        for (const deadline = Date.now() + 3000; Date.now() < deadline; await sleep(50)) {
          size = await browser.execute(() => [window.innerWidth, window.innerHeight]);
          if (size[0] === width && size[1] === height) return;
        }
        throw new Error(`WebKit: the viewport is ${size.join('x')}, not ${width}x${height}`);
      },
      goto: async (url) => {
        await browser.url('about:blank');
        await browser.url(url);
        await loaded();
      },
      reload: async () => {
        await browser.refresh();
        await loaded();
      },
      evaluate: (fn, ...args) => browser.execute(fn as never, ...(args as unknown as never[])) as never,
      pressTab: () => browser.keys('Tab'),
      hover: (selector) => browser.$(selector).moveTo(),
      select: (selector, value) => browser.$(selector).selectByAttribute('value', value),
      screenshot: async () => Buffer.from(await browser.takeScreenshot(), 'base64'),
      problems: () => browser.execute(recordedProblems),
      close: async () => {
        await browser.deleteSession().catch(() => undefined);
        stopAll();
        process.off('exit', stopAll);
      },
    };
  } catch (error) {
    stopAll();
    process.off('exit', stopAll);
    throw error;
  }
}

/** Starts Xvfb on a display it picks itself (-displayfd), so parallel workers never collide. */
function startXvfb(processes: ChildProcess[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    processes.push(xvfb);
    let output = '';
    xvfb.stdio[3]!.on('data', (chunk) => {
      output += String(chunk);
      if (output.includes('\n')) resolve(`:${output.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

async function waitForDriver(port: number, driver: ChildProcess): Promise<void> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(50)) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
  }
  throw new Error('WebKitWebDriver did not answer within 10 s');
}

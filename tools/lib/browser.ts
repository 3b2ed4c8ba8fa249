// Which Chromium the end-to-end tests use: Playwright's own when installed, else a system Chromium
// (Playwright cannot download its browsers on a machine without internet access). Shared by
// playwright.config.ts, the benches and tools/test.ts so all pick the same binary.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM: readonly string[] = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** undefined = Playwright's bundled browser; a path = a system browser; null = none found. */
export function findChromium(): string | undefined | null {
  if (process.env.KB_CHROMIUM) return existsSync(process.env.KB_CHROMIUM) ? process.env.KB_CHROMIUM : null;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // executablePath() throws when no browser revision is registered; fall through.
  }
  return SYSTEM_CHROMIUM.find((p) => existsSync(p)) ?? null;
}

/** Flags a system Chromium needs to run headless in a container without phoning home. */
export const CHROMIUM_ARGS: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

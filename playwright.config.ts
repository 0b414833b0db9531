import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { adminPassword, baseURL, port } from './e2e/support/stack';

/**
 * A fresh data directory per run, so the database starts empty. Playwright loads this file in its
 * runner and again in each worker; the environment hands the runner's directory to the workers,
 * and only the runner removes it, on exit, after the server has stopped.
 */
function dataDirForRun(): string {
  const inherited = process.env.TIDEMARK_E2E_DATA_DIR;
  if (inherited) return inherited;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidemark-e2e-'));
  // The embedded PostgreSQL runs as its own user, which must be able to enter the directory.
  fs.chmodSync(dir, 0o755);
  process.env.TIDEMARK_E2E_DATA_DIR = dir;
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const dataDir = dataDirForRun();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  outputDir: 'test-results',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1280, height: 800 },
    // Debian's Chromium: CI installs it with apt; no browser is ever downloaded.
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node --import tsx server.ts start',
    url: `${baseURL}/api/health`,
    // The first start builds the UI (`next build`) before it listens.
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    // SIGTERM lets the server stop the web server, the worker and then PostgreSQL cleanly.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      TIDEMARK_DATA_DIR: dataDir,
      TIDEMARK_ADMIN_PASSWORD: adminPassword,
      LOG_LEVEL: 'warn',
    },
  },
});

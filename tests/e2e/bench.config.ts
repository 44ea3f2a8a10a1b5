// `make bench`: click-to-paint timings in the same browser and server as the journeys.
import base from './playwright.config';
import { defineConfig } from '@playwright/test';

export default defineConfig({ ...base, testMatch: ['bench-*.ts'], workers: 1, timeout: 240_000 });

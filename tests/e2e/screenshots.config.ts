// The screenshot run: same browser and server as the tests, pictures instead of checks.
import base from './playwright.config';
import { defineConfig } from '@playwright/test';

export default defineConfig({ ...base, testMatch: ['screenshots.ts', 'shot-*.ts'] });

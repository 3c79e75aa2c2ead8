#!/usr/bin/env node
// Runs the TypeScript CLI straight from the checkout through tsx, so `npx cxo-studio` works right
// after `npm install` with no build step and no install script.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');

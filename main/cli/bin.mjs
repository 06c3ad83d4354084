#!/usr/bin/env node
// Runs the TypeScript CLI straight from the sources (no build step) through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./resdraft.ts');
process.exitCode = await main(process.argv.slice(2));

#!/usr/bin/env node
// `hanzi-annotate [--format json|ruby] [file]` (package.json "bin"): scripts/annotate.ts through tsx's
// loader, with the server modules' `server-only` marker allowed (scripts/server-side.mjs). Only the
// annotation goes to stdout, so `hanzi-annotate file > out.json` is clean JSON.
import { register } from 'tsx/esm/api';
import './server-side.mjs';

register();
await import('./annotate.ts');

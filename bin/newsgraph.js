#!/usr/bin/env -S node --max-semi-space-size=16
// The CLI is TypeScript run by Node's type stripping (Node >= 22.18; npm install brings Node 24).
import { main } from '../src/cli/main.ts';

process.exitCode = await main(process.argv);

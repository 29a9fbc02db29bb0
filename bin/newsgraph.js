#!/usr/bin/env -S node --max-semi-space-size=16
// The CLI is TypeScript run by Node's type stripping (Node >= 22.18; `npm install` brings Node 24 into
// node_modules). Started by an older Node (a system Node 20, say), it hands over to the project's own
// Node when there is one, and otherwise says what to do instead of failing on the first `.ts` import.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

if (!process.features.typescript) {
  const local = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
  if (existsSync(local) && local !== process.execPath && !process.env.NEWSGRAPH_NO_HANDOVER) {
    const r = spawnSync(local, ['--max-semi-space-size=16', fileURLToPath(import.meta.url), ...process.argv.slice(2)],
      { stdio: 'inherit', env: { ...process.env, NEWSGRAPH_NO_HANDOVER: '1' } });
    process.exit(r.status ?? 1);
  }
  console.error(`newsgraph: this is Node ${process.version}, which cannot run TypeScript; newsgraph needs Node >= 22.18. ` +
    'Run `npm install` in the project (it brings Node 24) and start the CLI with `npx newsgraph`.');
  process.exit(2);
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);

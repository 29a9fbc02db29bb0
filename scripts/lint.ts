// npm run lint: project rules no general linter knows. The engine stays pure (DESIGN.md): no node:
// modules, no process/env, no clock, no network. Regexes built from strings get a length cap review.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const FORBIDDEN: Array<[RegExp, string]> = [
  [/from ['"]node:/, 'imports a node: module'],
  [/\brequire\(/, 'uses require()'],
  [/\bprocess\.(env|argv|exit|stdout|stderr|cwd)\b/, 'reads the process'],
  [/\bDate\.now\(|new Date\(\)/, 'reads the clock'],
  [/\bfetch\(/, 'uses the network'],
  [/\bMath\.random\(/, 'is not deterministic'],
];
const problems: string[] = [];
const walk = (dir: string) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (p.endsWith('.ts')) {
      fs.readFileSync(p, 'utf8').split('\n').forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return;
        for (const [re, why] of FORBIDDEN) if (re.test(line)) problems.push(`${path.relative(root, p)}:${i + 1}: the engine ${why}`);
      });
    }
  }
};
walk(path.join(root, 'src', 'engine'));
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s): src/engine must stay pure (DESIGN.md)`);
  process.exit(1);
}
console.log('lint: src/engine is pure (no node:, process, clock, network, randomness)');

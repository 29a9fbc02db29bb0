import fs from 'node:fs';
import path from 'node:path';

export interface InputItem { uri: string; read: () => Uint8Array }
export interface InputProblem { uri: string; code: string; message: string }

/** Expand PATH arguments: files as given, directories to every file under them (sorted), "-" to stdin. */
export function expandInputs(args: string[]): { items: InputItem[]; problems: InputProblem[] } {
  const items: InputItem[] = [];
  const problems: InputProblem[] = [];
  for (const arg of args) {
    if (arg === '-') { items.push({ uri: '-', read: () => fs.readFileSync(0) }); continue; }
    let st: fs.Stats;
    try { st = fs.statSync(arg); } catch {
      problems.push({ uri: arg, code: 'cli/not-found', message: `no such file or directory: ${arg}` });
      continue;
    }
    if (st.isDirectory()) {
      for (const f of listFiles(arg)) items.push({ uri: f, read: () => fs.readFileSync(f) });
    } else {
      items.push({ uri: arg, read: () => fs.readFileSync(arg) });
    }
  }
  return { items, problems };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

// A token whose lower-case text is not in the lexicon is given no text in a sentence view
// (view.ts), so every word the rules compare token text with must be in the lexicon: this test
// reads each string literal of the rules and checks it is there (words in data tables are
// added where the tables are read, word-class.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { KEYS } from '../../../../src/engine/stages/events/word-class.ts';

/** The events stage's source folder (this test lives under test/, the code under src/). */
const here = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../../src/engine/stages/events');
const FILES = ['view.ts', 'extract.ts', 'actor-lexicon.ts', ...fs.readdirSync(path.join(here, 'rules')).filter((f) => f.endsWith('.ts')).map((f) => `rules/${f}`)];

/** String literals of a source file, leaving out module paths. */
function literals(file: string): string[] {
  const src = ts.createSourceFile(file, fs.readFileSync(path.join(here, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return;
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push(n.text);
    ts.forEachChild(n, visit);
  };
  visit(src);
  return out;
}

test('every word the rules compare token text with is in the lexicon', () => {
  const known = new Set(KEYS);
  // Text with a capital letter or a space is never a token's lower-case text; nor is a method
  // name ("events/verb-pattern").
  const missing = FILES.flatMap((f) => literals(f).filter((w) => w && !/[A-Z\s/]/.test(w) && !known.has(w)).map((w) => `${f}: ${JSON.stringify(w)}`));
  assert.deepEqual(missing, []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Token } from '../../../../src/engine/layers.ts';
import { articleOf, mayHaveCue, winIn } from '../../../../src/engine/stages/quotes/window.ts';
import { cueAt } from '../../../../src/engine/stages/quotes/rules/find-cue.ts';
import { hasAnyCue } from '../../../../src/engine/stages/quotes/patterns.ts';

/** Words, numbers and single punctuation marks, as the tokens stage splits them (enough for these tests). */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\p{L}[\p{L}\p{M}'’-]*|\d+|\S/gu)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: /^\p{L}/u.test(m[0]) ? 'w' : /^\d/.test(m[0]) ? 'n' : 'p' });
  }
  return out;
}

test('mayHaveCue skips exactly what the regex pre-check skipped, plus sentences with no word cueAt accepts', () => {
  for (const s of ['The minister said the talks failed.', 'ACCORDING to the police, two died.', 'According to Reuters, it rained.',
    'Said to be ill, the envoy stayed home.', 'Nothing happened here.', 'The claims were false.', 'She saidé nothing.', 'x_said y', 'He told2 me']) {
    const tokens = tokenize(s);
    const art = articleOf(s, tokens);
    const win = winIn(art, 0, s.length);
    const may = mayHaveCue(art, 0, s.length);
    // never skips a sentence the old check let through and that has a cue; never passes one the old check skipped
    let cue = false;
    for (let i = 0; i < win.n; i++) if (cueAt(win, i) !== null) cue = true;
    if (hasAnyCue(s) && cue) assert.equal(may, true, s);
    if (!hasAnyCue(s)) assert.equal(may, false, s);
  }
});

import table from '../../data/outlets.json' with { type: 'json' };

const BY_FORM = new Map<string, string>();
for (const o of table.outlets) for (const f of o.forms) BY_FORM.set(f.toLowerCase(), o.name);
/** The longest form: lower-casing never shortens a string, so a longer written form cannot be one. */
let MAX_FORM = 0;
for (const f of BY_FORM.keys()) MAX_FORM = Math.max(MAX_FORM, f.length);

/** Canonical outlet name for a written form ("AP" → "Associated Press"), or null. */
export function outletName(written: string): string | null {
  const t = written.trim();
  // + 1: the final period that is dropped.
  if (t.length > MAX_FORM + 1) return null;
  const bare = t.charCodeAt(t.length - 1) === 46 ? t.slice(0, -1) : t;
  return BY_FORM.get(bare.toLowerCase()) ?? null;
}

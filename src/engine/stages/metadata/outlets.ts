import table from '../../data/outlets.json' with { type: 'json' };

const BY_FORM = new Map<string, string>();
for (const o of table.outlets) for (const f of o.forms) BY_FORM.set(f.toLowerCase(), o.name);

/** Canonical outlet name for a written form ("AP" → "Associated Press"), or null. */
export function outletName(written: string): string | null {
  return BY_FORM.get(written.trim().replace(/\.$/, '').toLowerCase()) ?? null;
}

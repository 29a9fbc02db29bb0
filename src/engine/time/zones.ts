import table from '../data/time-zones.json' with { type: 'json' };
import { usDaylight } from './calendar.ts';

interface ZoneRow { offset?: number; std?: number; dst?: number; rule?: string; iana: string; names?: string[] }
const ZONES = table.zones as Record<string, ZoneRow>;

export interface ResolvedZone { offset: number; iana?: string; abbr: string }

/** Zone abbreviations known to the engine, longest first, for building patterns. */
export const ZONE_ABBRS = Object.keys(ZONES).sort((a, b) => b.length - a.length);

/**
 * A zone as written ("EDT", "ET", "GMT+2", "+05:30") resolved to an offset on a local date.
 * Generic US zones (ET, CT, MT, PT) become EST/EDT etc. by the date. Unknown → null.
 */
export function resolveZone(written: string, y: number, m: number, d: number, hour = 12): ResolvedZone | null {
  const w = written.toUpperCase().replace(/\./g, '');
  const numeric = /^(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(w);
  if (numeric) {
    const minutes = (Number(numeric[2]) * 60 + Number(numeric[3] ?? 0)) * (numeric[1] === '-' ? -1 : 1);
    return { offset: minutes, abbr: written };
  }
  const row = Object.hasOwn(ZONES, w) ? ZONES[w] : undefined;
  if (!row) return null;
  if (row.rule === 'us' && row.std !== undefined && row.dst !== undefined && row.names) {
    const dst = usDaylight(y, m, d, hour);
    return { offset: dst ? row.dst : row.std, iana: row.iana, abbr: row.names[dst ? 1 : 0] };
  }
  return { offset: row.offset ?? 0, iana: row.iana, abbr: w };
}

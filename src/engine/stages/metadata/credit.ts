import { outletName } from './outlets.ts';

export interface CreditLine { start: number; end: number; value: string; role: 'photo' | 'video' | 'graphic' | 'other'; organization?: string }

/** "(AP Photo/Evan Vucci)": agency, medium, name. */
const AGENCY_MEDIUM = /^\(?\s*([\p{L} .&-]{1,40}?)\s+(Photo|Video|Graphic)s?\s*\/\s*([^)]{1,80}?)\s*\)?$/iu;
/** "Photo: Name/Agency", "Credit: …", "Photograph by …", "© Name", "Video: …". */
const LABELLED = /^\(?\s*(©|\(c\)|Copyright|Photo(?:graph)?s?|Image|Picture|Video|Graphic|Illustration|Credit)\s*(?:by\b|:|-|—)?\s*(?:©\s*)?([^()]{2,100}?)\s*\)?$/iu;
/** "Chip Somodevilla/Getty Images", "Name / Reuters": a name and an agency after a slash. */
const NAME_SLASH_AGENCY = /^\(?\s*([\p{Lu}][\p{L}\p{M}.' -]{1,60}?)\s*\/\s*([\p{L} .&-]{2,40}?)\s*\)?$/u;

const roleOf = (word: string): CreditLine['role'] => {
  const w = word.toLowerCase();
  if (w.startsWith('video')) return 'video';
  if (w.startsWith('graphic') || w.startsWith('illustration')) return 'graphic';
  return 'photo';
};

/** A credit line, the whole line being the credit; offsets relative to the line. */
export function parseCredit(line: string): CreditLine | null {
  if (line.length > 160) return null;
  const lead = line.length - line.trimStart().length;
  const t = line.trim();
  // The agency and name-slash forms need a slash; most lines have none.
  const slash = t.includes('/');
  let m = slash ? AGENCY_MEDIUM.exec(t) : null;
  if (m) return nameAndAgency(t, lead, m[3], roleOf(m[2]), m[1]);
  m = LABELLED.exec(t);
  if (m) {
    const [who, org] = m[2].split(/\s*\/\s*/);
    const role = /^(©|\(c\)|copyright|credit)$/i.test(m[1]) ? 'photo' : roleOf(m[1]);
    return nameAndAgency(t, lead, who, role, org);
  }
  m = slash ? NAME_SLASH_AGENCY.exec(t) : null;
  if (m && outletName(m[2])) return nameAndAgency(t, lead, m[1], 'photo', m[2]);
  if (outletName(t) === 'Getty Images') return { start: lead, end: lead + t.length, value: t, role: 'photo', organization: 'Getty Images' };
  return null;
}

function nameAndAgency(t: string, lead: number, who: string, role: CreditLine['role'], org?: string): CreditLine | null {
  const name = who.trim();
  if (!name || /[.!?]$/.test(name) && name.split(/\s+/).length > 6) return null;
  const at = t.indexOf(name);
  const organization = org ? (outletName(org) ?? org.trim()) : undefined;
  return { start: lead + at, end: lead + at + name.length, value: name, role, ...(organization ? { organization } : {}) };
}

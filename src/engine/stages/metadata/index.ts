import { defineStage } from '../../pipeline.ts';
import type { Metadata, Span, TextField, PublishedField } from '../../../model/index.ts';
import { span } from '../../span.ts';
import { parseByline, parseAffiliation, parseNameAndRole, parsePlaceLine } from './byline.ts';
import { looksLikePersonName, properCaseName } from './person-name.ts';
import { parseCredit, type CreditLine } from './credit.ts';
import { parseDateline, parseDatelineLine, parseFiledFrom, parsePlaceThenRest } from './dateline.ts';
import { outletName } from './outlets.ts';
import { parseTimestampLine, looksLikeHeadline } from './header-line.ts';
import { parseTrailer } from './trailer.ts';
import type { Timestamp } from '../../time/timestamp.ts';

/** Header lines are read among the first paragraphs only, and only short ones. */
const MAX_HEADER_PARAGRAPHS = 8;
const MAX_HEADER_CHARS = 300;
/** Credit trailers ("(Reporting by …; Editing by …)") are read among the last paragraphs only. */
const MAX_TRAILER_PARAGRAPHS = 3;
/** An unread header line before the dateline is short and has no sentence end. */
const MAX_KICKER_CHARS = 80;
const SENTENCE_END = /[.!?]["”’]?$/;

/** Whether a line is a place and a time ("La Paz - Nov 24, 2026 - 23:10 BOT", "BRUSSELS | 4 June 2024"). */
function placeAndTime(line: string, dayFirst: boolean): boolean {
  const d = parseDatelineLine(line) ?? parsePlaceThenRest(line);
  return !!d && parseTimestampLine(line.slice(d.restStart), dayFirst) !== null;
}

/** Whether a line under a bare name line makes that name a byline: a time, a place in capitals, or a place and a time. */
function underName(line: string, dayFirst: boolean): boolean {
  return parseTimestampLine(line, dayFirst) !== null || parsePlaceLine(line) !== null || placeAndTime(line, dayFirst);
}

/** Whether one of the two paragraphs from `from` is a byline, a timestamp line or a name-and-role line. */
function headerFollows(paragraphs: Span[], from: number, dayFirst: boolean): boolean {
  for (let i = from; i < paragraphs.length && i < from + 2; i++) {
    const line = paragraphs[i].text;
    if (line.length > MAX_HEADER_CHARS) return false;
    if (parseByline(line) || parseTimestampLine(line, dayFirst) || parseNameAndRole(line)) return true;
    if (looksLikePersonName(line) && i + 1 < paragraphs.length) {
      const below = paragraphs[i + 1].text;
      if (underName(below, dayFirst) || parseAffiliation(below)) return true;
    }
  }
  return false;
}

/** Article header: title, byline, timestamps, credits, dateline; these lines are not body sentences. */
export const metadata = defineStage({
  name: 'metadata',
  reads: ['text', 'paragraphs'],
  writes: ['metadata', 'headerSpans'],
  run(doc, ctx) {
    const { text, paragraphs } = doc;
    const dayFirst = ctx.options.dayFirst ?? false;
    const md: Metadata = { title: null, authors: [], published: null, updated: null, credits: [], publisher: null, language: 'en', dateline: null };
    const headerSpans: Span[] = [];
    const field = (start: number, end: number, value: string, method: string, confidence: number): TextField =>
      ({ value, span: span(text, start, end), method, confidence });
    const setTime = (ts: Timestamp, base: number, updated: boolean, method: string) => {
      const f: PublishedField = { ...field(base + ts.start, base + ts.end, ts.value, method, ts.ambiguous ? 0.8 : 0.95), raw: ts.raw,
        ...(ts.zone ? { zone: ts.zone } : {}), ...(ts.zoneAbbr ? { zoneAbbr: ts.zoneAbbr } : {}) };
      if (ts.unknownZone) ctx.report('metadata/unknown-zone', `zone "${ts.unknownZone}" is not in the zone table; the time is kept without an offset`, f.span!);
      if (ts.ambiguous) ctx.report('metadata/ambiguous-date', `"${ts.raw}" could be month-first or day-first; read ${dayFirst ? 'day' : 'month'}-first`, f.span!);
      if (updated && md.published) md.updated = f;
      else if (!md.published) md.published = f;
    };

    const addCredit = (p: Span, credit: CreditLine, confidence: number) => {
      md.credits.push({ ...field(p.start + credit.start, p.start + credit.end, credit.value, 'metadata/credit-line', confidence),
        role: credit.role, ...(credit.organization ? { organization: credit.organization } : {}) });
      headerSpans.push(p);
    };

    let bodyStart = paragraphs.length;
    for (let i = 0; i < paragraphs.length && i < MAX_HEADER_PARAGRAPHS; i++) {
      const p = paragraphs[i];
      const line = p.text;
      if (line.length > MAX_HEADER_CHARS) { bodyStart = i; break; }
      let byline = parseByline(line);
      // A first line "Protesters Rally in Lyon" is the headline, not "Name in Place".
      if (byline && i === 0 && !byline.by && byline.place && paragraphs.length > 1 && looksLikeHeadline(line)) byline = null;
      if (byline) {
        for (const a of byline.authors) md.authors.push(field(p.start + a.start, p.start + a.end, a.value, 'metadata/byline', 0.9));
        if (byline.publisher && !md.publisher) md.publisher = field(p.start + byline.publisher.start, p.start + byline.publisher.end, byline.publisher.value, 'metadata/byline-outlet', 0.85);
        if (byline.place && !md.dateline) md.dateline = field(p.start + byline.place.start, p.start + byline.place.end, byline.place.value, 'metadata/byline-place', 0.8);
        // The time may stand in any piece after the names ("By X | x@outlet.example | Published …").
        let timed = false;
        for (const part of byline.parts) {
          const tl = timed ? null : parseTimestampLine(line.slice(part.start), dayFirst);
          if (tl) { setTime(tl.ts, p.start + part.start, tl.updated, 'metadata/byline-timestamp'); timed = true; continue; }
          // "Words: A | Photos: B": a credit beside the byline.
          const credit = parseCredit(line.slice(part.start, part.end));
          if (credit) {
            md.credits.push({ ...field(p.start + part.start + credit.start, p.start + part.start + credit.end, credit.value, 'metadata/byline-credit', 0.85),
              role: credit.role, ...(credit.organization ? { organization: credit.organization } : {}) });
          }
        }
        headerSpans.push(p);
        continue;
      }
      const tl = parseTimestampLine(line, dayFirst);
      if (tl) { setTime(tl.ts, p.start, tl.updated, 'metadata/timestamp-line'); headerSpans.push(p); continue; }
      // "BRUSSELS | 4 June 2024, 12:47 CEST": a dateline and the time on one header line.
      // "La Paz - Nov 24, 2026 - 23:10 BOT": a place in title case and the time.
      const dline = parseDatelineLine(line) ?? parsePlaceThenRest(line);
      const dtl = dline ? parseTimestampLine(line.slice(dline.restStart), dayFirst) : null;
      if (dline && dtl) {
        setTime(dtl.ts, p.start + dline.restStart, dtl.updated, 'metadata/dateline-timestamp');
        md.dateline = field(p.start, p.start + dline.text.length, dline.text, 'metadata/dateline-line', 0.85);
        headerSpans.push(p);
        continue;
      }
      // "Reporting from Baghdad": the place filed from, read as the dateline.
      const filed = parseFiledFrom(line);
      if (filed) {
        if (!md.dateline) md.dateline = field(p.start + filed.start, p.start + filed.end, filed.value, 'metadata/filed-from', 0.8);
        headerSpans.push(p);
        continue;
      }
      // A line that is only an outlet's name ("The Canadian Press" under the byline).
      const outlet = i > 0 ? outletName(line) : null;
      if (outlet) {
        if (!md.publisher) md.publisher = field(p.start, p.end, outlet, 'metadata/outlet-line', 0.85);
        headerSpans.push(p);
        continue;
      }
      const credit = parseCredit(line);
      if (credit) { addCredit(p, credit, 0.9); continue; }
      // "Helena Marsh Health policy editor": a name and a job title on one line.
      const named = i > 0 ? parseNameAndRole(line) : null;
      if (named) {
        md.authors.push(field(p.start + named.start, p.start + named.end, named.value, 'metadata/name-role-line', 0.8));
        headerSpans.push(p);
        continue;
      }
      // A place alone in capitals right under a name line ("Marta Lindqvist" / "YEREVAN"): the dateline.
      const placeLine = i > 0 && !md.dateline && headerSpans.length && headerSpans[headerSpans.length - 1] === paragraphs[i - 1]
        && md.authors.some((a) => a.method === 'metadata/name-line') ? parsePlaceLine(line) : null;
      if (placeLine) {
        md.dateline = field(p.start + placeLine.start, p.start + placeLine.end, placeLine.value, 'metadata/place-line', 0.75);
        headerSpans.push(p);
        continue;
      }
      // A bare name over a timestamp or a place line ("Marta Lindqvist" / "YEREVAN" / "Wednesday 8 April 2026 19:20 BST").
      const below = i > 0 && i + 1 < paragraphs.length && looksLikePersonName(line) ? paragraphs[i + 1].text : null;
      if (below !== null && underName(below, dayFirst)) {
        const name = line.trim(), at = p.start + line.indexOf(name);
        md.authors.push(field(at, at + name.length, properCaseName(name), 'metadata/name-line', 0.8));
        headerSpans.push(p);
        continue;
      }
      // A bare name with the outlet or a job title on the next line (BBC style: "Jane Roe" / "Europe correspondent").
      const aff = i > 0 && i + 1 < paragraphs.length && looksLikePersonName(line) ? parseAffiliation(paragraphs[i + 1].text) : null;
      if (aff) {
        const name = line.trim(), at = p.start + line.indexOf(name);
        md.authors.push(field(at, at + name.length, properCaseName(name), 'metadata/name-line', 0.8));
        const q = paragraphs[i + 1];
        if (aff.publisher && !md.publisher) md.publisher = field(q.start + aff.publisher.start, q.start + aff.publisher.end, aff.publisher.value, 'metadata/affiliation-line', 0.8);
        if (aff.place && !md.dateline) md.dateline = field(q.start + aff.place.start, q.start + aff.place.end, aff.place.value, 'metadata/affiliation-place', 0.75);
        headerSpans.push(p, q);
        i++;
        continue;
      }
      if (i === 0 && paragraphs.length > 1 && !md.title && looksLikeHeadline(line)) {
        md.title = field(p.start, p.end, line.trim(), 'metadata/first-line-headline', 0.7);
        headerSpans.push(p);
        continue;
      }
      // A standfirst under the headline (a summary line) with the byline or time right after it:
      // a body paragraph, but the header goes on below it.
      if (i === 1 && md.title && headerFollows(paragraphs, i + 1, dayFirst)) continue;
      bodyStart = i;
      break;
    }
    // Photo captions with credits can stand anywhere in the body; credit trailers close it.
    for (let i = bodyStart + 1; i < paragraphs.length; i++) {
      const p = paragraphs[i];
      const credit = p.text.length > 160 ? null : parseCredit(p.text);
      if (credit) { addCredit(p, credit, 0.8); continue; }
      const trailer = i >= paragraphs.length - MAX_TRAILER_PARAGRAPHS ? parseTrailer(p.text, i === paragraphs.length - 1) : null;
      if (!trailer) continue;
      for (const t of trailer) {
        const f = field(p.start + t.start, p.start + t.end, t.value, 'metadata/trailer', 0.85);
        if (!t.author) md.credits.push({ ...f, role: 'other' });
        else if (!md.authors.some((a) => a.value === t.value)) md.authors.push(f);
      }
      headerSpans.push(p);
    }
    let first: Span | undefined = paragraphs[bodyStart];
    let dl = first ? parseDateline(first.text) : null;
    // A short line the header loop could not read (a kicker, a section label) may stand before the dateline.
    const next = paragraphs[bodyStart + 1];
    if (!dl && first && next && bodyStart < MAX_HEADER_PARAGRAPHS && first.text.length <= MAX_KICKER_CHARS && !SENTENCE_END.test(first.text)) {
      dl = parseDateline(next.text);
      if (dl) first = next;
    }
    if (first && dl) {
      // A wire dateline is the dateline proper; a place read from the byline gives way to it.
      md.dateline = field(first.start, first.start + dl.text.length, dl.text, 'metadata/wire-dateline', 0.9);
      headerSpans.push(span(text, first.start, first.start + dl.end));
      if (dl.agency && !md.publisher) md.publisher = field(first.start, first.start + dl.text.length, dl.agency, 'metadata/dateline-agency', 0.8);
    }
    if (!md.published && !ctx.options.referenceTime) ctx.report('metadata/no-date', 'no publication time in the header and no reference time given; relative dates cannot be resolved');
    headerSpans.sort((a, b) => a.start - b.start);
    return { metadata: md, headerSpans };
  },
});

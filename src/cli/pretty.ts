import type { Article, Span } from '../model/index.ts';

/** ANSI styles, or plain text when colour is off (piped output, NO_COLOR). */
export function styles(color: boolean) {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), cyan: wrap(36, 39), green: wrap(32, 39), yellow: wrap(33, 39), red: wrap(31, 39) };
}

const clip = (s: string, n = 110) => (s.length > n ? s.slice(0, n - 1) + '…' : s).replace(/\s+/g, ' ');
const at = (sp: Span | null | undefined) => (sp ? `@${sp.start}` : '');

/** A readable summary of one record for a person at a terminal. */
export function formatPretty(a: Article, color: boolean): string {
  const st = styles(color);
  const out: string[] = [];
  const md = a.metadata;
  out.push(st.bold(a.source.uri ?? a.id.slice(0, 12)));
  if (md.title) out.push(`  ${st.dim('title')}      ${md.title.value}`);
  if (md.authors.length) out.push(`  ${st.dim('by')}         ${md.authors.map((x) => x.value).join(', ')}`);
  if (md.published) out.push(`  ${st.dim('published')}  ${md.published.value}${md.published.zone ? st.dim(` (${md.published.zone}, "${md.published.raw}")`) : ''}`);
  if (md.updated) out.push(`  ${st.dim('updated')}    ${md.updated.value}`);
  if (md.publisher) out.push(`  ${st.dim('publisher')}  ${md.publisher.value}`);
  if (md.dateline) out.push(`  ${st.dim('dateline')}   ${md.dateline.value}`);
  for (const c of md.credits) out.push(`  ${st.dim(c.role + ' credit')} ${c.value}${c.organization ? ` / ${c.organization}` : ''}`);
  out.push(`  ${st.dim('sentences')}  ${a.sentences?.length ?? '-'}`);
  if (a.quotes) {
    out.push(st.bold(`quotes (${a.quotes.length})`));
    for (const q of a.quotes) {
      const who = q.speaker ? (q.speaker.name ?? q.speaker.description ?? '?') + (q.speaker.anonymous ? st.dim(' [anonymous]') : '') : st.red('?');
      out.push(`  ${st.cyan(who)}: ${q.kind === 'indirect' ? '' : '"'}${clip(q.content.text)}${q.kind === 'indirect' ? '' : '"'} ${st.dim(`${q.kind} ${at(q.content)}`)}`);
    }
  }
  if (a.timexes) {
    out.push(st.bold(`dates (${a.timexes.length})`));
    for (const t of a.timexes) out.push(`  ${t.span.text} ${st.dim('→')} ${st.green(t.value)}${t.mod ? st.dim(' ' + t.mod) : ''} ${st.dim(t.type)}`);
  }
  if (a.entities) {
    out.push(st.bold(`entities (${a.entities.length})`));
    for (const e of a.entities) {
      const extra = [e.titles.join('; '), e.country, e.sector].filter(Boolean).join(', ');
      out.push(`  ${e.name} ${st.dim(e.type)}${extra ? st.dim(` (${extra})`) : ''} ${st.dim('×' + e.mentions.length)}`);
    }
  }
  if (a.events) {
    out.push(st.bold(`events (${a.events.length})`));
    for (const v of a.events) {
      out.push(`  ${st.yellow(v.code.plover)}${v.code.mode ? st.dim('/' + v.code.mode) : ''} ${v.source?.text ?? '?'} → ${v.target?.text ?? '?'} ${st.dim(clip(v.evidence.text, 60))}`);
    }
  }
  for (const m of a.messages) {
    const sev = m.severity === 'fatal' ? st.red(m.severity) : m.severity === 'warning' ? st.yellow(m.severity) : st.dim(m.severity);
    out.push(`  ${sev} ${m.code}: ${m.message}`);
  }
  return out.join('\n');
}

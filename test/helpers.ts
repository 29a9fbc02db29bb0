import type { Article, Span } from '../src/model/index.ts';

/** Every {start, end, text} object anywhere in a record, with its path, for span checks. */
export function allSpans(value: unknown, path = '$', out: Array<{ path: string; span: Span }> = []) {
  if (Array.isArray(value)) value.forEach((v, i) => allSpans(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') out.push({ path, span: o as unknown as Span });
    for (const [k, v] of Object.entries(o)) allSpans(v, `${path}.${k}`, out);
  }
  return out;
}

/** Spans whose text is not text.slice(start, end). */
export function badSpans(a: Article) {
  return allSpans(a).filter(({ path, span }) => path !== '$' && a.text.slice(span.start, span.end) !== span.text);
}

export const codes = (a: Article) => a.messages.map((m) => m.code);

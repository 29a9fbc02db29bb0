import { defineStage } from '../../pipeline.ts';
import { notProseReason } from './looks-like-data.ts';

/** Turn away input that is data or code, with a fatal message; writes no layer. */
export const screen = defineStage({
  name: 'screen',
  reads: ['raw', 'text'],
  writes: [],
  run(doc, ctx) {
    const reason = notProseReason(doc.raw, doc.text);
    if (reason) ctx.report('input/not-article', reason);
    return {};
  },
});

// The narrative of a report with its headings numbered (一、 （一） 1.), as document blocks or terminal lines.
import type { Narrative, NarrativeBlock } from '../domain/reports/narrative.js';
import { headingNumber } from './docx/document-model.js';

/** Headings numbered per level, restarting under each higher heading. */
export function numberHeadings(blocks: readonly NarrativeBlock[]): NarrativeBlock[] {
  const counters = [0, 0, 0, 0];
  return blocks.map((b) => {
    if (b.kind !== 'heading') return b;
    counters[b.level - 1]++;
    for (let i = b.level; i < counters.length; i++) counters[i] = 0;
    return { ...b, text: `${headingNumber(b.level, counters[b.level - 1])}${b.text}` };
  });
}

/** The narrative as plain lines for the terminal: title, numbered headings, indented paragraphs (wrapped by the caller). */
export function narrativeLines(n: Narrative & { subtitle?: string }): string[] {
  return [
    `${n.title}${n.subtitle ?? ''}`,
    ...numberHeadings(n.blocks).map((b) => (b.kind === 'paragraph' ? `\u3000\u3000${b.text}` : b.text)),
  ];
}

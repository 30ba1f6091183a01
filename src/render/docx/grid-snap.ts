// The paragraphs this renderer writes are laid out exactly (fixed line height, character spacing for 28 a line,
// measured indents), so they do not snap to the document grid: a snapped title (2号 on a 3号 grid) or a snapped
// figure ("3 件") would be spread apart. The grid itself stays in the section, for text a clerk adds later.
// Nor does punctuation hang past the right margin (w:overflowPunct off): the text stays inside the text area.
// docx has no option for either at paragraph level, so the elements are put into each paragraph's properties here.
import { OnOffElement, Paragraph } from 'docx';

/** The pPr children that come after w:overflowPunct and w:snapToGrid in the schema's sequence. */
const AFTER = new Set([
  'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid',
  'w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc', 'w:textDirection',
  'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange',
]);

interface Node {
  rootKey?: string;
  root?: unknown[];
}

function unsnap(p: Paragraph): void {
  const props = (p as unknown as { properties?: Node }).properties;
  if (!props || !Array.isArray(props.root)) return;
  const at = props.root.findIndex((k) => AFTER.has((k as Node).rootKey ?? ''));
  props.root.splice(at < 0 ? props.root.length : at, 0, new OnOffElement('w:overflowPunct', false), new OnOffElement('w:snapToGrid', false));
}

/** Every paragraph in these elements (inside tables too) stops snapping to the grid; returns the elements. */
export function offGrid<T>(elements: T[]): T[] {
  const visit = (n: unknown): void => {
    if (n instanceof Paragraph) unsnap(n);
    const kids = (n as Node | null)?.root;
    if (Array.isArray(kids)) kids.forEach(visit);
  };
  elements.forEach(visit);
  return elements;
}

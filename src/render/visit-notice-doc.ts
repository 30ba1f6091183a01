// The 接访通知书 as an official document: title, the petitioner addressed, the notice, the office and date at the end.
import type { VisitNoticeModel } from '../domain/reception/visit-notice.js';
import { paragraph, type OfficialDoc } from './docx/document-model.js';
import { renderOfficialDocx } from './docx/official.js';

export function visitNoticeDoc(m: VisitNoticeModel): OfficialDoc {
  return {
    title: m.title,
    blocks: [paragraph(m.salutation, { align: 'left', indent: false }), ...m.paragraphs.map((p) => paragraph(p))],
    signature: { issuer: m.issuer, date: m.date },
  };
}

export function renderVisitNoticeDocx(m: VisitNoticeModel): Promise<Buffer> {
  return renderOfficialDocx(visitNoticeDoc(m));
}

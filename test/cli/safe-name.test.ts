// File names built from data (a case number, the bureau's name, a title) cannot leave out/ or disguise themselves.
import { safeFileName } from '../../src/cli/safe-name.js';

test.each([
  ['信访件登记卡（2026-0001）.docx', '信访件登记卡（2026-0001）.docx'],
  ['X/../../../../N.docx', 'X_.._.._.._.._N.docx'],
  ['..\\..\\windows.docx', '__.._windows.docx'],
  ['..', '_'],
  ['.hidden.docx', '_hidden.docx'],
  ['示例区/../教育局2027年领导信访接待日安排表.docx', '示例区_.._教育局2027年领导信访接待日安排表.docx'],
  ['报表\u202ecod.exe', '报表_cod.exe'], // a right-to-left override would show it as "exe.doc"
  ['a\u0000b\nc\u0007.docx', 'a_b_c_.docx'],
  ['a:b*c?d"e<f>g|h.docx', 'a_b_c_d_e_f_g_h.docx'],
])('%j → %j', (name, safe) => {
  expect(safeFileName(name)).toBe(safe);
  expect(safeFileName(name)).not.toMatch(/[/\\]/);
});

test('a very long name is cut to 100 characters, keeping its extension', () => {
  const out = safeFileName(`${'长'.repeat(5000)}.docx`);
  expect([...out].length).toBe(105);
  expect(out.endsWith('.docx')).toBe(true);
});

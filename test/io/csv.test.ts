import { decodeText, parseCsv, writeCsv } from '../../src/io/csv.js';

describe('CSV (RFC 4180)', () => {
  test.each([
    ['a,b\r\nc,d\r\n', [[1, ['a', 'b']], [2, ['c', 'd']]]],
    ['a,b\nc,d', [[1, ['a', 'b']], [2, ['c', 'd']]]],
    ['"x,y","he said ""hi"""\n', [[1, ['x,y', 'he said "hi"']]]],
    ['"line1\nline2",z\nnext,row\n', [[1, ['line1\nline2', 'z']], [3, ['next', 'row']]]],
    ['a,,\n\n,b\n', [[1, ['a', '', '']], [3, ['', 'b']]]],
    ['中文,"含，全角逗号"\n', [[1, ['中文', '含，全角逗号']]]],
  ] as [string, [number, string[]][]][])('%j', (text, want) => {
    expect(parseCsv(text).map((r) => [r.line, r.cells])).toEqual(want);
  });

  test('an unclosed quote names the line it starts on', () => {
    expect(() => parseCsv('a,b\n"open,c\nd\n')).toThrow('第 2 行起的引号没有闭合');
  });

  test('write → read keeps every cell', () => {
    const rows = [['编号', '内容'], ['1', 'a,"b"\r\nc'], ['2', ''], ['3', '=1+1']];
    const text = writeCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(decodeText(Buffer.from(text, 'utf8'))).map((r) => r.cells)).toEqual(rows);
  });

  test('UTF-8 with BOM, and GB18030 from older systems', () => {
    expect(decodeText(Buffer.from('\uFEFF信访', 'utf8'))).toBe('信访');
    expect(decodeText(Buffer.from([0xd0, 0xc5, 0xb7, 0xc3]))).toBe('信访'); // GBK bytes
  });
});

describe('long numbers stay text in Excel and WPS', () => {
  test.each([
    ['11010519491231002X', '11010519491231002X'], // not a number: as is
    ['110105194912310021', '"=""110105194912310021"""'], // 18 digits would lose the last three
    ['05718888888', '"=""05718888888"""'], // a leading zero would be dropped
    ['13800138000', '13800138000'], // 11 digits show in full
    ['155', '155'],
  ])('%s → %s', (cell, written) => {
    expect(writeCsv([[cell]])).toBe(`\uFEFF${written}\r\n`);
    expect(parseCsv(writeCsv([[cell]]).slice(1))[0].cells[0]).toBe(written === cell ? cell : `="${cell}"`);
  });
});

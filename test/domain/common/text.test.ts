// The shared checks on typed text: what is kept, what is refused and with which message.
import { cleanParagraph, cleanText } from '../../../src/domain/common/text.js';

describe('cleanText: names and short labels', () => {
  test.each([
    ['  王强 ', '王强'],
    ['<w:p>&amp;</x>', '<w:p>&amp;</x>'],
    ["=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0"],
    ['../../etc/passwd', '../../etc/passwd'],
  ])('%j is kept as %j', (input, kept) => expect(cleanText(input, '姓名')).toBe(kept));

  test.each([
    ['', '姓名不能为空'],
    ['   ', '姓名不能为空'],
    ['响\u0007铃', '姓名含有控制字符，请重新输入'],
    ['\u001b[31m红\u001b[0m', '姓名含有控制字符，请重新输入'],
    ['换\n行', '姓名含有控制字符，请重新输入'],
    ['x'.repeat(51), '姓名过长（最多 50 个字）'],
  ])('%j is refused', (input, message) => expect(() => cleanText(input, '姓名')).toThrow(message));

  test('length counts characters, not UTF-16 units', () => expect(cleanText('𠀀'.repeat(20), '姓名', 20)).toBe('𠀀'.repeat(20)));
});

describe('cleanParagraph: summaries and notes keep their line breaks', () => {
  test.each([
    ['第一行\r\n第二行', '第一行\n第二行'],
    ['第一行\r第二行', '第一行\n第二行'],
    ['制\t表', '制 表'],
    ['  \n前后空白\n  ', '前后空白'],
    ['', ''],
  ])('%j is kept as %j', (input, kept) => expect(cleanParagraph(input, '摘要', 100)).toBe(kept));

  test.each([
    ['响\u0007铃', '摘要含有控制字符，请重新输入'],
    ['\u001b[31m红\u001b[0m', '摘要含有控制字符，请重新输入'],
    ['x'.repeat(101), '摘要过长（最多 100 个字）'],
  ])('%j is refused', (input, message) => expect(() => cleanParagraph(input, '摘要', 100)).toThrow(message));

  test('required paragraphs refuse blanks', () => expect(() => cleanParagraph(' \n ', '摘要', 100, false)).toThrow('摘要不能为空'));
});

// The error boundary: whatever a message echoes, stderr gets one short line that starts 错误： and cannot steer
// the terminal.
import { oneLine, toOutcome } from '../../src/cli/boundary.js';
import { InputError, StoreError } from '../../src/errors.js';

describe('oneLine', () => {
  test.each([
    ['没有名为“换\n行”的领导', '没有名为“换\\n行”的领导'],
    ['没有名为“\u001b[31m红\u0007”的领导', '没有名为“\\u001b[31m红\\u0007”的领导'],
    ['没有名为“制\t表”的领导', '没有名为“制\\t表”的领导'],
    [`没有名为“${'长'.repeat(100)}”的领导`, `没有名为“${'长'.repeat(40)}…（共 100 个字符）”的领导`],
    [`文件 ${'x'.repeat(5000)}.docx 已存在`, `文件 ${'x'.repeat(60)}…（共 5005 个字符） 已存在`],
    ['一句正常的话，原样保留：xinfang roster generate --year 2027 --force', '一句正常的话，原样保留：xinfang roster generate --year 2027 --force'],
  ])('%j', (message, shown) => expect(oneLine(message)).toBe(shown));
});

describe('toOutcome', () => {
  test('a typed error keeps its exit code; its message becomes one line', () => {
    expect(toOutcome(new InputError('没有名为“a\nb”的领导'), false)).toEqual({ exitCode: 1, message: '错误：没有名为“a\\nb”的领导' });
    expect(toOutcome(new StoreError('数据目录已锁定'), false)).toEqual({ exitCode: 3, message: '错误：数据目录已锁定' });
  });

  test('a file-system error names the path, shortened, on one line', () => {
    const e = Object.assign(new Error('x'), { code: 'ENAMETOOLONG', syscall: 'open', path: `/tmp/${'x'.repeat(300)}` });
    const out = toOutcome(e, false);
    expect(out.exitCode).toBe(3);
    expect(out.message).toMatch(/^错误：无法访问“\/tmp\/x{35}…（共 305 个字符）”（ENAMETOOLONG），请检查路径和权限$/);
  });

  test('commander usage errors are in Chinese, exit 2', () => {
    const e = { code: 'commander.unknownOption', exitCode: 1, message: "error: unknown option '--nme'" };
    expect(toOutcome(e, false)).toEqual({ exitCode: 2, message: '错误：未知选项 --nme，用 --help 查看可用选项' });
  });
});

// Golden files under test/golden/: compared exactly; rewritten only when UPDATE_GOLDEN=1 (then review the diff).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../golden/', import.meta.url);

/** Compares `text` with test/golden/NAME; a missing file fails (create it with UPDATE_GOLDEN=1). */
export function expectGoldenText(name: string, text: string): void {
  const file = new URL(name, dir);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
  if (!existsSync(file)) throw new Error(`缺少金标准文件 test/golden/${name}：用 UPDATE_GOLDEN=1 运行一次生成，并检查其内容`);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

/** The same for a JSON value, stored pretty-printed. */
export function expectGoldenJson(name: string, value: unknown): void {
  expectGoldenText(name, `${JSON.stringify(value, null, 2)}\n`);
}

import path from 'node:path';

/** --data DIR > XINFANG_DATA > ./data (docs/design.md, "The store"). */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  const chosen = flag || env.XINFANG_DATA || 'data';
  return path.resolve(cwd, chosen);
}

// xinfang init — creates the ledger (a data folder, or a PostgreSQL database after store init) with the bureau's
// name and the default lists.
import fs from 'node:fs';
import type { Command } from 'commander';
import { createConfig, type Defaults } from '../../domain/org/org.js';
import { projectFile } from '../../project-root.js';
import { act } from '../action.js';

function loadDefaults(): Defaults {
  return JSON.parse(fs.readFileSync(projectFile('data', 'defaults.json'), 'utf8')) as Defaults;
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('初始化数据目录（单位名称、默认问题类别与来源）')
    .requiredOption('--org <单位名称>', '单位名称，如“示例区教育局”')
    .option('--issuer <发文机关>', '文件落款的发文机关（默认与单位名称相同）')
    .action(
      act(async (ctx, o) => {
        const [{ createLedger }, { SCHEMA_VERSION }] = await Promise.all([import('../ledger-create.js'), import('../../store/migrations.js')]);
        const config = createConfig(o.org, loadDefaults(), SCHEMA_VERSION, o.issuer);
        const { where, store } = await createLedger(ctx, config);
        const mode = store.exposure();
        store.close();
        if (mode) ctx.warn(`数据目录 ${where} 的权限为 ${mode}，本机其他用户可以进入或读取；信访人信息应只有本人可读，建议运行 chmod 700 "${where}"`);
        if (ctx.json) ctx.printJson({ dataDir: where, org: config.org });
        ctx.done(`已初始化：${config.org.name}，${store.kind === 'postgres' ? '数据库' : '数据目录'} ${where}`);
        ctx.done('下一步：xinfang leader add …、xinfang staff add …、xinfang unit add …、xinfang roster rule add …');
      }),
    );
}

// A failed write said in Chinese: a full disk by its name and the file it could not write.
import { StoreError } from '../errors.js';

export function writeFailure(e: unknown, dir: string): unknown {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOSPC' || err.code === 'EDQUOT') {
    return new StoreError(`磁盘空间不足，无法写入 ${err.path ?? dir}；数据未改变，请腾出磁盘空间后重试`);
  }
  if (err.code) return new StoreError(`写入数据目录 ${dir} 失败（${err.code}${err.path ? `：${err.path}` : ''}），数据未改变；请检查磁盘空间和文件夹权限`);
  return e;
}

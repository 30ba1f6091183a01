// A group of more than five people with one request names representatives, at most five (信访工作条例 art. 18).
import { InputError } from '../../errors.js';
import { MAX_PERSONS_WITHOUT_REPRESENTATIVES, TEXT_LIMITS } from './validate.js';
import { cleanText } from '../common/text.js';
import { msg } from '../messages/index.js';

export const MAX_REPRESENTATIVES = 5;

/** The representatives' names (comma, 、 or space separated); [] when none are given. */
export function checkRepresentatives(raw: string | string[] | undefined, persons: number): string[] {
  const parts = Array.isArray(raw) ? raw : String(raw ?? '').split(/[,，、;；\s]+/);
  const names = [...new Set(parts.map((n) => n.trim()).filter(Boolean).map((n) => cleanText(n, `代表姓名“${n}”`, TEXT_LIMITS.name)))];
  if (names.length > MAX_REPRESENTATIVES) {
    throw new InputError(msg('cases.tooManyRepresentatives', { max: MAX_REPRESENTATIVES, count: names.length, names: names.join('、') }));
  }
  if (names.length > 0 && persons <= MAX_PERSONS_WITHOUT_REPRESENTATIVES) {
    throw new InputError(msg('cases.representativesNotNeeded', { persons, max: MAX_PERSONS_WITHOUT_REPRESENTATIVES }));
  }
  return names;
}

/** A group that still has to name its representatives. */
export function needsRepresentatives(persons: number, representatives: readonly string[] | undefined): boolean {
  return persons > MAX_PERSONS_WITHOUT_REPRESENTATIVES && !(representatives?.length);
}

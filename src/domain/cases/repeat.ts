// Who a petitioner is, for repeat detection (same ID number, or same name + phone), and how their data is masked
// in reports and exports.
import type { Case, Petitioner } from '../model.js';

const SPACE_OR_DASH = /[\s-]/;

/** The identity keys of a petitioner: the ID number, and name + phone; none when neither is known. */
export function petitionerKeys(p: Pick<Petitioner, 'name' | 'phone' | 'idNumber'>): string[] {
  const keys: string[] = [];
  const id = p.idNumber.trim().toUpperCase();
  if (id) keys.push(`id:${id}`);
  const name = p.name.trim();
  const phone = SPACE_OR_DASH.test(p.phone) ? p.phone.replace(/[\s-]/g, '') : p.phone; // most have none: no copy
  if (name && phone) keys.push(`np:${name}|${phone}`);
  return keys;
}

/** True when two petitioners are the same person by either key. */
export function samePetitioner(a: Petitioner, b: Petitioner): boolean {
  const ka = new Set(petitionerKeys(a));
  return petitionerKeys(b).some((k) => ka.has(k));
}

/** 张三 → 张*, 欧阳修远 → 欧***. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

/** 13800135678 → 138****5678; 0518-85551001 → 0518-****1001. */
export function maskPhone(phone: string): string {
  const s = phone.trim();
  if (s === '') return '';
  const dash = s.indexOf('-');
  if (dash > 0) {
    const local = s.slice(dash + 1);
    return `${s.slice(0, dash + 1)}${'*'.repeat(Math.max(0, local.length - 4))}${local.slice(-4)}`;
  }
  if (s.length <= 4) return '*'.repeat(s.length);
  const keep = s.length >= 11 ? 3 : 0;
  return `${s.slice(0, keep)}${'*'.repeat(s.length - keep - 4)}${s.slice(-4)}`;
}

/** 11010519491231002X → 110105********002X (area code and the last four stay). */
export function maskIdNumber(id: string): string {
  const s = id.trim();
  if (s.length < 10) return '*'.repeat(s.length);
  return `${s.slice(0, 6)}${'*'.repeat(s.length - 10)}${s.slice(-4)}`;
}

/** Keeps the first few characters (district, road) and hides the rest. */
export function maskAddress(address: string): string {
  const chars = [...address.trim()];
  if (chars.length === 0) return '';
  const keep = Math.min(6, Math.ceil(chars.length / 2));
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - keep);
}

export function maskPetitioner(p: Petitioner): Petitioner {
  return {
    name: maskName(p.name),
    phone: maskPhone(p.phone),
    idNumber: maskIdNumber(p.idNumber),
    address: maskAddress(p.address),
  };
}

/** A case as every output shows it unless --show-pii: petitioner and representatives masked. */
export function maskCase<T extends Pick<Case, 'petitioner' | 'representatives'>>(c: T): T {
  const masked = { ...c, petitioner: maskPetitioner(c.petitioner) };
  if (c.representatives) masked.representatives = c.representatives.map(maskName);
  return masked;
}

import { maskAddress, maskIdNumber, maskName, maskPetitioner, maskPhone, petitionerKeys, samePetitioner } from '../../../src/domain/cases/repeat.js';

const p = (name: string, phone: string, idNumber: string) => ({ name, phone, idNumber, address: '' });

describe('repeat keys', () => {
  test.each([
    [p('王某某', '13800138000', '11010519491231002x'), ['id:11010519491231002X', 'np:王某某|13800138000']],
    [p('王某某', '', '11010519491231002X'), ['id:11010519491231002X']],
    [p('王某某', '0518-85551001', ''), ['np:王某某|051885551001']],
    [p('王某某', '', ''), []],
  ])('%#', (who, keys) => expect(petitionerKeys(who)).toEqual(keys));

  test.each([
    [p('王某某', '13800138000', ''), p('王某某', '138 0013 8000', ''), true],
    [p('王某某', '13800138000', ''), p('王某', '13800138000', ''), false],
    [p('甲', '', '11010519491231002X'), p('乙', '13900000000', '11010519491231002X'), true],
    [p('王某某', '', ''), p('王某某', '', ''), false], // a name alone is not enough
  ])('same person %#', (a, b, want) => expect(samePetitioner(a, b)).toBe(want));
});

describe('masking', () => {
  test.each([
    ['张三', '张*'],
    ['王某某', '王**'],
    ['张', '张*'],
    ['欧阳修远', '欧***'],
    ['', ''],
  ])('name %s → %s', (raw, want) => expect(maskName(raw)).toBe(want));

  test.each([
    ['13812345678', '138****5678'],
    ['0518-85551001', '0518-****1001'],
    ['051885551001', '051*****1001'],
    ['123', '***'],
    ['', ''],
  ])('phone %s → %s', (raw, want) => expect(maskPhone(raw)).toBe(want));

  test.each([
    ['11010519491231002X', '110105********002X'],
    ['', ''],
  ])('ID %s → %s', (raw, want) => expect(maskIdNumber(raw)).toBe(want));

  test('address keeps its start only', () => {
    expect(maskAddress('海州区某小区3幢201室')).toBe('海州区某小区******');
    expect(maskAddress('海州区')).toBe('海州*');
  });

  test('a petitioner is masked in every field', () => {
    expect(maskPetitioner({ name: '张三', phone: '13812345678', idNumber: '11010519491231002X', address: '海州区某小区' })).toEqual({
      name: '张*', phone: '138****5678', idNumber: '110105********002X', address: '海州区***',
    });
  });
});

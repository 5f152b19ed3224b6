import { describe, expect, it } from 'vitest';
import { findPersonalData } from './personal-data';

const parties = [
  { accountId: 'person_zh_0', displayName: '林晓雨', handle: '@xiaoyu_lin' },
  { accountId: 'acct-991', displayName: 'Emma Walsh', handle: 'emmaw' },
];

describe('findPersonalData', () => {
  it('finds nothing in a text about measures only', () => {
    expect(findPersonalData('We removed 12 comments and folded 30 between 3 and 5 March 2026.', parties)).toEqual([]);
    expect(findPersonalData('平台共处置违规评论 42 条，暂停话题 1 个。', parties)).toEqual([]);
  });

  it('names a party by handle, with or without the @', () => {
    expect(findPersonalData('the account @xiaoyu_lin was protected', parties)).toEqual([{ kind: 'handle', value: '@xiaoyu_lin' }]);
    expect(findPersonalData('EMMAW asked for help', parties)).toEqual([{ kind: 'handle', value: 'emmaw' }]);
  });

  it('names a party by display name in Chinese and English, and by account id', () => {
    expect(findPersonalData('当事人林晓雨受到侮辱', parties)).toEqual([{ kind: 'display_name', value: '林晓雨' }]);
    expect(findPersonalData('emma walsh was targeted; see acct-991', parties)).toEqual([
      { kind: 'display_name', value: 'Emma Walsh' }, { kind: 'account_id', value: 'acct-991' },
    ]);
  });

  it('finds Chinese mobile numbers, landlines and local numbers', () => {
    expect(findPersonalData('电话13800131234', [])).toEqual([{ kind: 'phone', value: '13800131234' }]);
    expect(findPersonalData('call +86 138-0013-5678', [])).toEqual([{ kind: 'phone', value: '+86 138-0013-5678' }]);
    expect(findPersonalData('座机 010-62345678', [])).toEqual([{ kind: 'phone', value: '010-62345678' }]);
    expect(findPersonalData('ring 555-0142 tonight', [])).toEqual([{ kind: 'phone', value: '555-0142' }]);
  });

  it('finds identity numbers as such, not as phone numbers', () => {
    expect(findPersonalData('身份证 11010519491231002X', [])).toEqual([{ kind: 'id_card', value: '11010519491231002X' }]);
    expect(findPersonalData('id 440524800101001', [])).toEqual([{ kind: 'id_card', value: '440524800101001' }]);
  });

  it('finds email addresses', () => {
    expect(findPersonalData('write to a.person+x@mail.example.com', [])).toEqual([{ kind: 'email', value: 'a.person+x@mail.example.com' }]);
  });

  it('leaves dates, counts and years alone', () => {
    expect(findPersonalData('2026-03-05: 1,204 reports, 2025 to 2026, case 20260305', [])).toEqual([]);
  });
});

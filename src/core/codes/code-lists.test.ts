import { codeVerdict, incompleteLists, codeList, codeListKey, codeListSource, describeCode, isValidCode, codeEntry, codeFileYears } from './code-lists';

describe('WithdrawReason (2025-26)', () => {
  it.each([
    ['29', 'Learner has been made redundant'],
    ['40', 'Learner has transferred to a new learning aim with the same provider'],
    ['97', 'Other'],
    ['98', 'Reason not known'],
    ['2', 'Learner has transferred to another provider'],
  ])('%s → %s', (code, text) => {
    expect(describeCode('2526', 'WithdrawReason', code)).toBe(text);
  });

  it('lists the specification codes in order', () => {
    expect(codeList('2526', 'WithdrawReason')?.map((c) => c.code)).toEqual([
      '2', '3', '7', '28', '29', '40', '41', '42', '43', '44', '45', '46', '47', '48', '97', '98',
    ]);
  });

  it('marks 46 and 97 as uncertain for 2025-26 and says where the list came from', () => {
    const source = codeListSource('2526', 'WithdrawReason');
    expect(source?.uncertainCodes).toEqual(['46', '97']);
    expect(source?.sourceYear).toBe('2021-22');
    expect(source?.page).toMatch(/withdrawreason/);
    expect(source?.yearFallback).toBeUndefined();
    expect(codeEntry('2526', 'WithdrawReason', '97')?.uncertain).toBe(true);
    expect(codeEntry('2526', 'WithdrawReason', '29')?.uncertain).toBeUndefined();
  });

  it('accepts numbers and zero-padded text for numeric codes, refuses unknown codes', () => {
    expect(isValidCode('2526', 'WithdrawReason', 29)).toBe(true);
    expect(isValidCode('2526', 'WithdrawReason', ' 03 ')).toBe(true);
    expect(isValidCode('2526', 'WithdrawReason', '99')).toBe(false);
    expect(isValidCode('2526', 'WithdrawReason', '')).toBe(false);
    expect(describeCode('2526', 'WithdrawReason', '99')).toBeUndefined();
  });

  it('uses the 2020-21 Lookups wording for 2020-21', () => {
    expect(describeCode('2021', 'WithdrawReason', '40')).toBe(
      'The learner has transferred to a new learning aim with the same provider.',
    );
    expect(codeListSource('2021', 'WithdrawReason')?.sourceYear).toBe('2020-21');
    expect(codeListSource('2021', 'WithdrawReason')?.uncertainCodes).toEqual([]);
  });
});

describe('Destination and Progression codes (every year)', () => {
  it('describes OutType and each OutType:OutCode combination', () => {
    expect(describeCode('2526', 'OutType', 'EMP')).toBe('In Paid Employment');
    expect(describeCode('2526', 'OutCode', '1', 'EMP')).toBe('In paid employment for 16 hours or more per week');
    expect(describeCode('2021', 'OutCode:OTH', '3')).toBe('Unable to contact learner');
    expect(describeCode('2021', 'OutCode', 4, 'edu')).toBe('Other FE* (Full-time)');
  });

  it('knows which OutCodes go with which OutType', () => {
    expect(isValidCode('2526', 'OutCode', '3', { type: 'EMP' })).toBe(false); // there is no EMP3
    expect(isValidCode('2526', 'OutCode', '4', { type: 'EMP' })).toBe(true);
    expect(isValidCode('2526', 'OutCode', '1', { type: 'GAP' })).toBe(true);
    expect(isValidCode('2526', 'OutCode', '2', { type: 'GAP' })).toBe(false);
    expect(isValidCode('2526', 'OutCode', '7', { type: 'EDU' })).toBe(false); // 7-8 unassigned
    expect(codeList('2526', 'OutCode', 'SDE')?.map((c) => c.code)).toEqual(['1', '2', '3', '4']);
  });

  it('has no OutCode list for an unknown OutType, and none without a type', () => {
    expect(codeList('2526', 'OutCode', 'XYZ')).toBeUndefined();
    expect(isValidCode('2526', 'OutCode', '1', { type: 'XYZ' })).toBeUndefined();
    expect(codeList('2526', 'OutCode')).toBeUndefined();
    expect(codeListKey('OutCode')).toBeUndefined();
  });

  it('takes the DP lists from the DP file for every year', () => {
    expect(codeListSource('2526', 'OutType')?.listYear).toBe('dp');
    expect(codeListSource('2021', 'OutCode', 'EMP')?.listYear).toBe('dp');
    expect(isValidCode('2021', 'OutType', 'VOL')).toBe(true);
    expect(isValidCode('2021', 'OutType', 'vol')).toBe(false);
    expect(describeCode('2021', 'OutType', 'vol')).toBe('Voluntary Work');
  });
});

describe('typed lists (FAM, ESM, AFin)', () => {
  it('finds a list by code field + type or by its key', () => {
    expect(codeListKey('LearnDelFAMCode', 'sof')).toBe('LearnDelFAMType:SOF');
    expect(codeList('2526', 'LearnDelFAMCode', 'SOF')).toBe(codeList('2526', 'LearnDelFAMType:SOF'));
    expect(describeCode('2526', 'LearnDelFAMCode', '105', 'SOF')).toBe('Adult skills funded');
  });

  it('drops unassigned ranges and expands assigned ones', () => {
    expect(isValidCode('2526', 'LearnDelFAMCode', '125', { type: 'SOF' })).toBe(false);
    expect(codeList('2526', 'LearnDelFAMType:POD')?.map((c) => c.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('checks validity dates when asked', () => {
    // LLDDCat 15 (Asperger's syndrome) ends 31 July 2025
    expect(isValidCode('2526', 'LLDDCat', '15')).toBe(true);
    expect(isValidCode('2526', 'LLDDCat', '15', { onDate: '2025-07-31' })).toBe(true);
    expect(isValidCode('2526', 'LLDDCat', '15', { onDate: '2025-08-01' })).toBe(false);
    // FundModel 35 ends 31 July 2024; 37 is valid throughout
    expect(isValidCode('2526', 'FundModel', '35', { onDate: '2025-09-01' })).toBe(false);
    expect(isValidCode('2526', 'FundModel', '35', { onDate: '2024-07-31' })).toBe(true);
  });

  it('reads the 2020-21 typed lookups', () => {
    expect(describeCode('2021', 'AFinCode', '1', 'TNP')).toBe('Total training price');
    expect(codeList('2021', 'ESMCode', 'EII')?.length).toBeGreaterThan(0);
  });
});

describe('unknown lists, empty lists and format lists', () => {
  it('returns undefined when no list is known', () => {
    expect(codeList('2526', 'NoSuchField')).toBeUndefined();
    expect(isValidCode('2526', 'NoSuchField', '1')).toBeUndefined();
    expect(describeCode('2526', 'NoSuchField', '1')).toBeUndefined();
    expect(codeListSource('2526', 'NoSuchField')).toBeUndefined();
  });

  it('treats a list with no codes found as unknown', () => {
    expect(codeList('2526', 'LearnFAMCode', 'EMH')).toBeUndefined();
    expect(isValidCode('2526', 'LearnFAMCode', '1', { type: 'EMH' })).toBeUndefined();
  });

  it('does not check codes against a list that only describes a format (2025-26 OutGrade)', () => {
    expect(isValidCode('2526', 'OutGrade', 'A*')).toBeUndefined();
    expect(isValidCode('2021', 'OutGrade', 'A*')).toBe(true);
    expect(isValidCode('2021', 'OutGrade', 'ZZZ')).toBe(false);
  });
});

describe('years without their own code file', () => {
  it('falls back to the newest earlier year and says so', () => {
    expect(describeCode('2728', 'WithdrawReason', '29')).toBe('Learner has been made redundant');
    const source = codeListSource('2728', 'WithdrawReason');
    expect(source?.listYear).toBe('2627');
    expect(source?.requestedYear).toBe('2728');
    expect(source?.yearFallback).toMatch(/no code lists for 2728.*2627/);
  });

  it('accepts year labels like 2025-26', () => {
    expect(codeListSource('2025-26', 'WithdrawReason')?.listYear).toBe('2526');
  });

  it('uses an earlier year for a field missing from a year file, and says so', () => {
    const source = codeListSource('2526', 'Domicile');
    expect(source?.listYear).toBe('2021');
    expect(source?.yearFallback).toMatch(/no Domicile list for 2526/);
    expect(describeCode('2526', 'Domicile', 'FR')).toBe('France {includes Corsica}');
  });

  it('lists the years with their own files newest first', () => {
    expect(codeFileYears()).toEqual(['2627', '2526', '2021']);
  });
});

describe('complete and incomplete lists (codeVerdict)', () => {
  it('a code missing from a complete list is not in it', () => {
    expect(codeVerdict('2526', 'LearnFAMCode', '0', { type: 'MCF' })).toEqual({ status: 'not-in-list', complete: true });
    expect(codeVerdict('2526', 'LearnFAMCode', '1', { type: 'MCF' })).toMatchObject({ status: 'valid' });
    expect(codeVerdict('2021', 'LearnDelFAMCode', '999', { type: 'LDM' })).toEqual({ status: 'not-in-list', complete: true });
  });

  it.each([
    ['SOF', 'ABC', 'impossible', /whole numbers/],
    ['SOF', '0', 'impossible', /start at 1/],
    ['SOF', '1000', 'impossible', /at most 3 digits/],
    ['SOF', '999', 'unverified', undefined],
    ['LDM', 'XYZ', 'impossible', /whole numbers/],
    ['LDM', '034', 'valid', undefined],
    ['LDM', '34', 'valid', undefined],
  ])('an incomplete list: %s %s is %s', (type, code, status, why) => {
    const v = codeVerdict('2526', 'LearnDelFAMCode', code, { type });
    expect(v?.status).toBe(status);
    if (why) expect(v).toMatchObject({ complete: false, why: expect.stringMatching(why) });
  });

  it('lists of letters and digits: the form of the known codes', () => {
    // QUALENT3 codes are a letter and two digits (C20, D82 …)
    expect(codeVerdict('2526', 'QUALENT3', 'Z99')?.status).toBe('unverified');
    expect(codeVerdict('2526', 'QUALENT3', '999')).toMatchObject({ status: 'impossible', why: expect.stringMatching(/of the form A99/) });
  });

  it('an empty list, or a format description, cannot judge a code', () => {
    expect(codeVerdict('2526', 'LearnFAMCode', '1', { type: 'EMH' })).toBeUndefined();
    expect(codeVerdict('2526', 'OutGrade', 'A*')).toBeUndefined();
  });

  it('names the incomplete lists of a year, with how many codes are known', () => {
    const lists = incompleteLists('2526');
    expect(lists.map((l) => l.key)).toEqual(expect.arrayContaining(['LearnDelFAMType:LDM', 'LearnDelFAMType:SOF', 'LearnDelFAMType:DAM', 'QUALENT3', 'PriorLevel']));
    expect(lists).toContainEqual({ key: 'LearnFAMType:EMH', known: 0 });
    expect(lists.map((l) => l.key)).not.toContain('LearnDelFAMType:LDM:legacy2020-21');
    expect(lists.map((l) => l.key)).not.toContain('OutGrade');
    expect(incompleteLists('2021')).toEqual([]);
    // a year without its own file uses the nearest earlier year's lists
    expect(incompleteLists('2728')).toEqual(incompleteLists('2627'));
  });
});

describe('2026-27: the 2025-26 lists with the known 2026-27 changes', () => {
  it.each([
    ['FundModel', '39', undefined, true],
    ['FundModel', '10', undefined, false],
    ['ProgType', '34', undefined, true],
    ['AFinType', 'RIP', undefined, true],
    ['LearnDelFAMCode', '124', 'SOF', true],
    ['LearnDelFAMCode', '130', 'SOF', true],
    ['LearnDelFAMCode', '114', 'DAM', true],
    ['ESMCode', '1', 'EII', false],
    ['ESMCode', '5', 'EII', true],
    ['LLDDCat', '3', undefined, false],
    ['LLDDCat', '4', undefined, true],
  ])('%s %s (%s): %s', (field, code, type, inList) => {
    expect(codeEntry('2627', field, code, type) !== undefined).toBe(inList);
  });

  it('ASL is no longer a FAM type; its list is gone', () => {
    expect(codeEntry('2627', 'LearnDelFAMType', 'ASL')).toBeUndefined();
    expect(codeEntry('2526', 'LearnDelFAMType', 'ASL')).toBeDefined();
    expect(codeListSource('2627', 'LearnDelFAMCode', 'ASL')?.listYear).toBe('2526');
  });

  it('says what changed and on what evidence; an unchanged list says it is the 2025-26 one', () => {
    expect(codeListSource('2627', 'FundModel')?.note).toMatch(/2026-27: 39 added \(official: S1/);
    expect(codeListSource('2627', 'FundModel')?.note).toMatch(/2026-27: 10 removed \(official/);
    expect(codeListSource('2627', 'ProgType')?.note).toMatch(/2026-27: 34 added \(third-party: B\)/);
    expect(codeListSource('2627', 'WithdrawReason')?.note).toMatch(/^The 2025-26 list/);
    expect(codeListSource('2627', 'WithdrawReason')?.yearFallback).toBeUndefined();
    expect(codeEntry('2627', 'FundModel', '39')).toMatchObject({ validFrom: '2026-08-01', note: expect.stringMatching(/^official/) });
  });
});

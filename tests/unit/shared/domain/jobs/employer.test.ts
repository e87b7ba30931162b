import { describe, expect, it } from 'vitest';
import { employerKey, sameEmployer } from '../../../../../shared/domain/jobs';

describe('employerKey', () => {
  it.each([
    ['ACME, Inc.', 'Acme Inc'],
    ['Acme LLC', 'acme'],
    ['Acme L.L.C.', 'Acmé'],
    ['Smith & Co.', 'SMITH CO'],
    ['The Boeing Company', 'Boeing'],
    ['Grupo Bimbo, S.A.B. de C.V.', 'grupo bimbo'],
    ['Café Olé Corp.', 'cafe ole'],
    ['株式会社ソニー', 'ソニー'],
    ['ソニー株式会社', 'ソニー'],
    ['华为技术有限公司', '华为技术'],
    ['Ａｃｍｅ', 'acme'],
    ['🍕 Pizza Palace, Inc.', 'pizza palace'],
  ])('"%s" is the same employer as "%s"', (a, b) => {
    expect(sameEmployer(a, b)).toBe(true);
  });

  it('keeps different employers apart and never matches blank names', () => {
    expect(sameEmployer('Costco', 'Co')).toBe(false);
    expect(sameEmployer('Amazon', 'Amazon Fresh')).toBe(false);
    expect(sameEmployer('', '')).toBe(false);
    expect(employerKey('Company')).toBe('company');
  });
});

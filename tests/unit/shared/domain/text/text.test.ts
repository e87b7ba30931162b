import { describe, expect, it } from 'vitest';
import { foldForSearch, foldText } from '../../../../../shared/domain/text/fold';
import { decodeWindows1252 } from '../../../../../shared/domain/text/windows-1252';

describe('decodeWindows1252', () => {
  it('decodes the 0x80–0x9F characters Node gets wrong, and Latin-1 above them', () => {
    const bytes = Uint8Array.from([0x80, 0x20, 0x93, 0x68, 0x69, 0x94, 0x20, 0x96, 0x20, 0x50, 0x65, 0xf1, 0x61, 0x20, 0x99]);
    expect(decodeWindows1252(bytes)).toBe('€ “hi” – Peña ™');
  });

  it('keeps the five undefined bytes as their C1 code points and plain ASCII as is', () => {
    expect(decodeWindows1252(Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe('\u0081\u008d\u008f\u0090\u009d');
    expect(decodeWindows1252(new TextEncoder().encode('Title,Company\r\n'))).toBe('Title,Company\r\n');
  });

  it('decodes a file larger than one slice without losing or reordering bytes', () => {
    const bytes = new Uint8Array(50_000).map((_, i) => (i % 2 ? 0xe9 : 0x41));
    const text = decodeWindows1252(bytes);
    expect(text.length).toBe(50_000);
    expect(text.slice(0, 4)).toBe('AéAé');
    expect(text.endsWith('Aé')).toBe(true);
  });
});

describe('foldText', () => {
  it('drops Latin accents and case but keeps Japanese voicing marks and Hangul', () => {
    expect(foldText('José PEÑA Crêperie')).toBe('jose pena creperie');
    expect(foldText('ガス')).not.toBe(foldText('カス'));
    expect(foldText('삼성전자')).toBe('삼성전자');
  });

  it('turns full-width letters into plain ones, and foldForSearch collapses spaces', () => {
    expect(foldText('Ａｃｍｅ')).toBe('acme');
    expect(foldForSearch('  Forklift \n\t Operator ')).toBe('forklift operator');
  });
});

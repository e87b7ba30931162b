import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../../../../../../renderer/src/features/jobs/data/csv';

describe('parseCsv', () => {
  it('reads an Excel export: BOM, CRLF, quoted commas, quotes and line breaks', async () => {
    const text = '\uFEFFJob Title,Company,Notes\r\n"Cook, line","Diner ""Joe\'s""","first\r\nsecond"\r\nTécnico,株式会社ソニー,🍕\r\n';
    const parsed = await parseCsv(text);
    expect(parsed).toMatchObject({ headers: ['Job Title', 'Company', 'Notes'], delimiter: ',', headerRow: 1, problems: [] });
    expect(parsed.rows).toEqual([
      ['Cook, line', 'Diner "Joe\'s"', 'first\r\nsecond'],
      ['Técnico', '株式会社ソニー', '🍕'],
    ]);
  });

  it('reads a Google Sheets download (LF, no BOM, no final newline)', async () => {
    const parsed = await parseCsv('Company,Role,Status\nAcme,Clerk,Applied\nGlobex,Driver,Ghosted');
    expect(parsed.rows).toEqual([['Acme', 'Clerk', 'Applied'], ['Globex', 'Driver', 'Ghosted']]);
  });

  it('detects semicolons (Excel with a decimal comma) and tabs', async () => {
    expect(detectDelimiter('Puesto;Empresa;Salario\nCajero;"Peña; Hijos";18,50\n')).toBe(';');
    expect(detectDelimiter('Title\tCompany\nCook\tDiner, Inc.\n')).toBe('\t');
    expect(detectDelimiter('Title\nCook\n')).toBe(',');
    const parsed = await parseCsv('Puesto;Empresa;Salario\r\nCajero;"Peña; Hijos";18,50\r\n');
    expect(parsed.rows).toEqual([['Cajero', 'Peña; Hijos', '18,50']]);
  });

  it('keeps blank rows so row numbers match the spreadsheet, and skips leading blank lines', async () => {
    const parsed = await parseCsv('\r\nTitle,Company\r\nCook,Diner\r\n,\r\nClerk,Shop\r\n');
    expect(parsed.headerRow).toBe(2);
    expect(parsed.rows).toEqual([['Cook', 'Diner'], ['', ''], ['Clerk', 'Shop']]);
  });

  it('reports an unclosed quote by row instead of failing', async () => {
    const parsed = await parseCsv('Title,Notes\nCook,fine\nClerk,"never closed\n');
    expect(parsed.problems.length).toBeGreaterThan(0);
    expect(parsed.problems[0].problem).toEqual({ code: 'csvQuotes' });
  });

  it('can be cancelled between chunks', async () => {
    const controller = new AbortController();
    const text = `Title\n${'Cook\n'.repeat(50_000)}`;
    const parsing = parseCsv(text, { chunkSize: 1024, signal: controller.signal, onProgress: () => controller.abort() });
    await expect(parsing).rejects.toThrow(/cancelled/);
  });
});

import { describe, expect, it } from 'vitest';
import { buildLetterDocx } from '../../../../../electron/backend/letters/docx-letter';
import { DOCUMENT, docxPart, docxText, flat } from './letter-files';

describe('letter DOCX', () => {
  it('holds every part of the letter as paragraphs, in order, with every script intact', async () => {
    const text = await docxText(await buildLetterDocx(DOCUMENT));
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines).toEqual([
      'José Müller-Nguyễn',
      '1200 Pine Street, Apt 4',
      'Seattle, WA 98101',
      '(206) 555-0142  ·  jose@example.org  ·  linkedin.com/in/jose',
      'March 10, 2025',
      'Zoë Ελένη Papadopoulou',
      'Operations Manager',
      '李小龙 Trading',
      '400 River Road',
      'Kent, WA 98032',
      'Application for Warehouse Lead',
      'Dear Zoë Ελένη Papadopoulou,',
      'I am writing to apply for the Warehouse Lead position at Riverside Logistics, which I saw on WorkSource.',
      // mammoth's raw text leaves out line breaks (<w:br/>); the next test checks they are there.
      'I am available at the following times:Tuesday, March 18Wednesday, March 19',
      'Thank you for your time and consideration.',
      'Sincerely,',
      'José Müller-Nguyễn',
    ]);
  });

  it('sets the page size, one-inch margins, the language and the title', async () => {
    const letter = await buildLetterDocx(DOCUMENT);
    const xml = docxPart(letter, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(xml).toMatch(/<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
    // The list of times stays one paragraph with line breaks, as written.
    expect(xml).toMatch(/following times:<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">Tuesday, March 18/);
    expect(docxPart(letter, 'word/styles.xml')).toContain('<w:lang w:val="en-US"/>');
    expect(docxPart(letter, 'docProps/core.xml')).toContain('<dc:title>Application for Warehouse Lead</dc:title>');

    const a4 = await buildLetterDocx({ ...DOCUMENT, language: 'es' }, 'a4');
    expect(docxPart(a4, 'word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(docxPart(a4, 'word/styles.xml')).toContain('<w:lang w:val="es-US"/>');
    expect(flat(await docxText(a4))).toContain('10 de marzo de 2025');
  });

  it('drops characters XML forbids, so Word can always open the file', async () => {
    const doc = { ...DOCUMENT, body: { ...DOCUMENT.body, subject: 'Bad\u0001 \u000bchars\ud800', paragraphs: ['Tab\there, form\ffeed.'] } };
    const letter = await buildLetterDocx(doc);
    const xml = docxPart(letter, 'word/document.xml');
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(flat(await docxText(letter))).toContain('Bad chars');
    expect(flat(await docxText(letter))).toContain('Tab here, formfeed.');
  });

  it('leaves out empty parts instead of printing blank labels', async () => {
    const bare = {
      ...DOCUMENT,
      sender: { name: 'Ana Ruiz', email: '', phone: '', address: '', links: [] },
      recipient: {},
      body: { subject: '', salutation: 'Hello,', paragraphs: ['One.'], closing: 'Thanks,', signature: 'Ana Ruiz' },
    };
    const lines = (await docxText(await buildLetterDocx(bare))).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines).toEqual(['Ana Ruiz', 'March 10, 2025', 'Hello,', 'One.', 'Thanks,', 'Ana Ruiz']);
  });
});

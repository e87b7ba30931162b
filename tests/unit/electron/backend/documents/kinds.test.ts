import { describe, expect, it } from 'vitest';
import { KIND_FOLDERS, suggestKind, titleFromFileName } from '../../../../../electron/backend/documents/kinds';
import { safeFileName } from '../../../../../electron/backend/documents/safe-name';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../../../shared/contract/documents';

describe('KIND_FOLDERS', () => {
  it('has a safe, distinct folder for every kind', () => {
    expect(KIND_FOLDERS).toEqual({ resume: 'Resumes', 'cover-letter': 'Cover letters', other: 'Documents' });
    for (const kind of DOCUMENT_KINDS) expect(safeFileName(KIND_FOLDERS[kind])).toBe(KIND_FOLDERS[kind]);
    expect(new Set(Object.values(KIND_FOLDERS).map((f) => f.toLowerCase())).size).toBe(DOCUMENT_KINDS.length);
  });
});

describe('suggestKind from the file name', () => {
  it.each<[string, DocumentKind]>([
    ['John_Doe-Resume_2024.pdf', 'resume'],
    ['résumé – final (2).pdf', 'resume'],
    ['RESUME.DOCX', 'resume'],
    ['Resumé Jane.pdf', 'resume'],
    ['CV.pdf', 'resume'],
    ['MyCV.docx', 'resume'],
    ['CVResume.docx', 'resume'],
    ['cv2024.pdf', 'resume'],
    ['Jane Doe CV (Warehouse).docx', 'resume'],
    ['Curriculum Vitae.pdf', 'resume'],
    ['CURRÍCULUM Juan Pérez.pdf', 'resume'],
    ['Hoja_de_vida.pdf', 'resume'],
    ['hoja de vida - María.docx', 'resume'],
    ['C:\\Users\\jane\\Resumes\\jane.pdf', 'other'], // the folder does not count, only the name
    ['presumed facts.txt', 'other'],
    ['CVS receipt.pdf', 'other'],
    ['Resumen ejecutivo.docx', 'other'],
    ['Cover Letter - Acme.docx', 'cover-letter'],
    ['cover_letter_acme.pdf', 'cover-letter'],
    ['coverletter.pdf', 'cover-letter'],
    ['JohnDoeCoverLetter.docx', 'cover-letter'],
    ['Carta de presentación.docx', 'cover-letter'],
    ['carta_de_motivacion.pdf', 'cover-letter'],
    ['Resume and cover letter.pdf', 'cover-letter'],
    ['discovery letters.pdf', 'other'],
    ['scan0001.pdf', 'other'],
    ['', 'other'],
  ])('%j → %s', (name, kind) => {
    expect(suggestKind(name)).toBe(kind);
  });
});

describe('suggestKind from the text', () => {
  it.each<[string, string, DocumentKind]>([
    ['scan.pdf', 'Jane Doe\n12 Main St\n\nDear Hiring Manager,\n\nI am writing to apply...', 'cover-letter'],
    ['letter.docx', 'To whom it may concern:\r\nI would like to...', 'cover-letter'],
    ['doc.docx', 'Madrid, 3 de mayo\n\nEstimada Sra. López:\nMe dirijo a usted...', 'cover-letter'],
    ['doc.pdf', 'I have attached my resume for your review.\n\nSincerely,\nJane', 'cover-letter'],
    ['doc.pdf', 'COVER LETTER\nJane Doe', 'cover-letter'],
    ['document.pdf', 'JANE DOE\nRÉSUMÉ\njane@example.com', 'resume'],
    ['document.pdf', 'Curriculum Vitae\nDr. Jane Doe', 'resume'],
    ['document.pdf', 'HOJA DE VIDA\nJuan Pérez', 'resume'],
    ['doc.pdf', 'Jane Doe\nSummary\nForklift driver...\nWork Experience\nAcme 2020–2024\nEducation\nHigh school\nSkills:\nForklift', 'resume'],
    ['doc.pdf', 'Juan Pérez\nEXPERIENCIA LABORAL\n...\nEDUCACIÓN\n...\nIDIOMAS\nInglés', 'resume'],
    ['doc.pdf', 'Experience\nA single heading is not enough', 'other'],
    ['posting.pdf', 'Warehouse lead. Please send your resume and cover letter to jobs@acme.example.', 'other'],
    ['notes.txt', 'We will resume the meeting on Monday.', 'other'],
    ['notes.txt', 'The presumed winner', 'other'],
    ['notes.txt', '', 'other'],
  ])('%j with %j → %s', (name, text, kind) => {
    expect(suggestKind(name, text)).toBe(kind);
  });

  it('lets the name win over the text', () => {
    expect(suggestKind('Resume.pdf', 'Dear Hiring Manager,')).toBe('resume');
  });

  it('looks only at the first 2,000 characters', () => {
    expect(suggestKind('doc.pdf', `${'x\n'.repeat(1000)}Dear Sir,`)).toBe('other');
    expect(suggestKind('doc.pdf', `${'x\n'.repeat(900)}Dear Sir,`)).toBe('cover-letter');
  });
});

describe('titleFromFileName', () => {
  it.each([
    ['John_Doe-Resume_2024.pdf', 'John Doe Resume 2024'],
    ['résumé – final (2).pdf', 'résumé – final (2)'],
    ['Jean-Luc Picard Resume.docx', 'Jean-Luc Picard Resume'],
    ['Jean-Luc Picard_Resume.docx', 'Jean-Luc Picard Resume'],
    ['my-cover-letter.docx', 'my cover letter'],
    ['John__Doe_-_Resume.pdf', 'John Doe Resume'],
    ['  Resume   final .pdf', 'Resume final'],
    ['Resume v2.0', 'Resume v2.0'],
    ['Budget 2024.12', 'Budget 2024.12'],
    ['archive.tar.gz', 'archive.tar'],
    ['re\u0301sume\u0301.pdf', 'résumé'],
    ['C:\\Users\\jane\\Cover_Letter.docx', 'Cover Letter'],
    ['/home/jane/CV.pdf', 'CV'],
    ['.bashrc', '.bashrc'],
    ['___.pdf', 'Untitled'],
    ['', 'Untitled'],
  ])('%j → %j', (name, title) => {
    expect(titleFromFileName(name)).toBe(title);
  });

  it('keeps titles within the index limit of 300 characters without splitting an emoji', () => {
    const title = titleFromFileName(`${'😀'.repeat(400)}.pdf`);
    expect(Array.from(title)).toHaveLength(300);
    expect(title).not.toMatch(/\p{Cs}/u);
  });
});

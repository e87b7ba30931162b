import { describe, expect, it } from 'vitest';
import {
  decideDateOrder,
  distinctStatuses,
  mappingProblems,
  parseDateCell,
  stageFromStatus,
  suggestMapping,
} from '../../../../../../../renderer/src/features/jobs/data/csv';

describe('suggestMapping', () => {
  it.each([
    ['a hand-made sheet', ['Job Title', 'Company', 'Date Applied', 'Status', 'Notes'], ['title', 'employer', 'appliedAt', 'stage', 'notes']],
    ['Spanish headers', ['Puesto', 'Empresa', 'Ubicación', 'Salario', 'Fecha de solicitud', 'Estado'], ['title', 'employer', 'location', 'pay', 'appliedAt', 'stage']],
    ['LinkedIn’s data export', ['Application Date', 'Contact Email', 'Contact Phone Number', 'Company Name', 'Job Title', 'Job Url', 'Resume Name'], ['appliedAt', null, null, 'employer', 'title', 'url', null]],
    ['Teal-style tracker', ['Company', 'Job Position', 'Location', 'Salary', 'Status', 'Date Saved', 'Date Applied', 'Follow Up', 'Job Description', 'URL'], ['employer', 'title', 'location', 'pay', 'stage', null, 'appliedAt', 'nextAction', 'description', 'url']],
    ['bracketed notes and odd case', ['COMPANY NAME (required)', 'Status (list)', 'Role', 'Requisition ID', 'Date posted'], ['employer', 'stage', 'title', 'jobNumber', 'postedAt']],
    ['a next step and when it is due', ['Title', 'Next step', 'Next step due', 'Follow-up by'], ['title', 'nextAction', 'nextActionDue', null]],
    ['one field claimed once', ['Title', 'Job Title', 'Company'], ['title', null, 'employer']],
  ])('%s', (_name, headers, expected) => {
    expect(suggestMapping(headers)).toEqual(expected);
  });

  it('says what is missing before anything is read', () => {
    expect(mappingProblems(['employer', 'notes'])).toEqual(['Choose the column that holds the job title; every job needs one.']);
    expect(mappingProblems(['title', 'notes', 'notes'])).toEqual(['Two columns are set to "notes"; choose one.']);
    expect(mappingProblems(['title', null])).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    ['2024-03-05', 'mdy', '2024-03-05'],
    ['2024-3-5', 'dmy', '2024-03-05'],
    ['2024/03/05', 'mdy', '2024-03-05'],
    ['2024年3月5日', 'mdy', '2024-03-05'],
    ['3/5/2024', 'mdy', '2024-03-05'],
    ['3/5/2024', 'dmy', '2024-05-03'],
    ['03/05/24', 'mdy', '2024-03-05'],
    ['5.3.2024', 'dmy', '2024-03-05'],
    ['3/5/2024 14:30', 'mdy', '2024-03-05'],
    ['3/5/2024 2:30 PM', 'mdy', '2024-03-05'],
    ['Mar 5, 2024', 'dmy', '2024-03-05'],
    ['March 5th 2024', 'mdy', '2024-03-05'],
    ['Tuesday, March 5, 2024', 'mdy', '2024-03-05'],
    ['5 Mar 2024', 'mdy', '2024-03-05'],
    ['05-Mar-24', 'mdy', '2024-03-05'],
    ['5 de marzo de 2024', 'mdy', '2024-03-05'],
    ['martes, 5 de marzo de 2024', 'mdy', '2024-03-05'],
    ['5 sept 2024', 'mdy', '2024-09-05'],
    ['45356', 'mdy', '2024-03-05'],
    ['45356.75', 'mdy', '2024-03-05'],
    ['  ', 'mdy', null],
  ] as const)('%s (%s) is %s', (raw, order, expected) => {
    expect(parseDateCell(raw, order)).toBe(expected);
  });

  it('refuses what is not a date, with a reason to show', () => {
    expect(() => parseDateCell('13/5/2024', 'mdy')).toThrow(/month\/day\/year/);
    expect(() => parseDateCell('2/30/2024', 'mdy')).toThrow(/not a date/);
    expect(() => parseDateCell('last Tuesday', 'mdy')).toThrow(/2024-03-05/);
    expect(() => parseDateCell('2024', 'mdy')).toThrow(/not a date/);
  });

  it('decides one order per file from the dates that prove it', () => {
    expect(decideDateOrder(['3/5/2024', '13/5/2024'])).toEqual({ order: 'dmy', basis: 'evidence' });
    expect(decideDateOrder(['3/5/2024', '3/25/2024', '2024-01-01'])).toEqual({ order: 'mdy', basis: 'evidence' });
    expect(decideDateOrder(['3/5/2024', '4/6/2024'])).toEqual({ order: 'mdy', basis: 'assumed' });
    expect(decideDateOrder(['13/5/2024', '14/5/2024', '3/25/2024'])).toEqual({ order: 'dmy', basis: 'conflict' });
  });
});

describe('statuses', () => {
  it.each([
    ['Applied', 'applied'], ['Application submitted', 'applied'], ['Interview', 'interviewing'], ['Phone screen', 'interviewing'],
    ['Offer', 'offer'], ['Offer received', 'offer'], ['Accepted', 'accepted'], ['Hired!', 'accepted'], ['Rejected', 'rejected'],
    ['Not selected', 'rejected'], ['Declined by employer', 'rejected'], ['Declined', 'declined'], ['Withdrew', 'withdrawn'],
    ['No response', 'no-response'], ['Ghosted', 'no-response'], ['👻 ghosted', 'no-response'], ['Not applied yet', 'saved'],
    ['Wishlist', 'saved'], ['no-response', 'no-response'], ['Guardado', 'saved'], ['Postulado', 'applied'], ['Entrevista', 'interviewing'],
    ['Oferta', 'offer'], ['Contratado', 'accepted'], ['Rechazado', 'rejected'], ['Sin respuesta', 'no-response'], ['Retirado', 'withdrawn'],
    ['Maybe?', null], ['', null],
  ] as const)('%s → %s', (text, stage) => {
    expect(stageFromStatus(text)).toBe(stage);
  });

  it('lists the distinct statuses of a column, most common first', () => {
    const rows = [['a', 'Applied'], ['b', 'Ghosted'], ['c', 'Applied '], ['d', ''], ['e', 'Maybe']];
    expect(distinctStatuses(rows, 1)).toEqual([
      { text: 'Applied', count: 2, stage: 'applied' },
      { text: 'Ghosted', count: 1, stage: 'no-response' },
      { text: 'Maybe', count: 1, stage: null },
    ]);
  });
});

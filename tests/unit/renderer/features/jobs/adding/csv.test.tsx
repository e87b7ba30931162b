import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '../../../../../../renderer/src/db/career-db';
import { today } from '../../../../../../renderer/src/db/clock';
import { addJob } from '../../../../../../renderer/src/db/jobs-table';
import { ExportJobsButton } from '../../../../../../renderer/src/features/jobs/adding/AddJobButton';
import { createI18n } from '../../../../../../renderer/src/i18n';
import { ToastRegion } from '../../../../../../renderer/src/ui/Toasts';
import { jobsInDb, renderAdding } from './support';

vi.mock('../../../../../../renderer/src/features/jobs/routes', () => import('./routes-stub'));

/** Chooses a file in the page's hidden file input, as the browser's picker would. */
async function chooseCsv(name: string, bytes: Uint8Array<ArrayBuffer>) {
  const input = await screen.findByLabelText<HTMLInputElement>('Choose a CSV file', { selector: 'input[type=file]' });
  fireEvent.change(input, { target: { files: [new File([bytes], name, { type: 'text/csv' })] } });
}

const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;

// Excel's plain "CSV" on a Spanish-language Windows: semicolons, Windows-1252, day-first dates, CRLF.
const EXCEL_ES = [
  'Puesto;Empresa;Ciudad;Estado;Fecha de aplicación;Salario;Notas',
  'Cajero;Panadería López;León;Entrevista;15/03/2024;$15 por hora;Llamar a Begoña',
  'Almacenista;Ferretería Núñez;Querétaro;En espera;02/04/2024;;',
  ';Sin puesto;;Enviado;03/04/2024;;',
  'Chofer;Transportes Güemes;Saltillo;Rechazado;05/04/2024;;"Dijeron: ""gracias""; sin más"',
].join('\r\n');

describe('Import jobs from a CSV file', () => {
  it('reads a Windows-1252 file with semicolons, matches its columns, asks what is unclear, and imports', async () => {
    renderAdding('/jobs/import');
    expect(await screen.findByRole('heading', { level: 1, name: 'Import jobs from a spreadsheet' })).toBeTruthy();
    await chooseCsv('empleos.csv', new Uint8Array(Buffer.from(EXCEL_ES, 'latin1')));

    expect(await screen.findByText('empleos.csv has 4 rows. We read it as Windows text (older Excel), with columns separated by semicolons.')).toBeTruthy();
    expect(select('Put “Puesto” in').value).toBe('title');
    expect(select('Put “Empresa” in').value).toBe('employer');
    expect(select('Put “Ciudad” in').value).toBe('location');
    expect(select('Put “Estado” in').value).toBe('stage');
    expect(select('Put “Fecha de aplicación” in').value).toBe('appliedAt');
    expect(select('Put “Salario” in').value).toBe('pay');
    expect(select('Put “Notas” in').value).toBe('notes');
    // 15/03/2024 can only be day first; the choice and its reason are shown.
    const dayFirst = screen.getByRole('radio', { name: /day first/ }) as HTMLInputElement;
    expect(dayFirst.checked).toBe(true);
    expect(screen.getByText('We chose this from the dates in your file.')).toBeTruthy();
    // The preview shows rows as jobs, with accents intact.
    const preview = screen.getByRole('heading', { level: 3, name: 'How the first rows will look' }).parentElement!;
    expect(within(preview).getByText('Panadería López')).toBeTruthy();
    expect(within(preview).getByText('$15 an hour')).toBeTruthy();
    expect(within(preview).getByText(/^This row will be skipped: The job title is empty\./)).toBeTruthy();

    // "En espera" matches no stage: Import says so at the top and next to its choice.
    expect(select('Stage for “En espera”').value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Import 4 rows' }));
    const summary = await screen.findByRole('group', { name: 'There is a problem' });
    const link = within(summary).getByRole('link', { name: 'Choose a stage for “En espera”.' });
    fireEvent.click(link);
    expect(document.activeElement).toBe(select('Stage for “En espera”'));
    fireEvent.change(select('Stage for “En espera”'), { target: { value: 'applied' } });
    await waitFor(() => expect(screen.queryByRole('group', { name: 'There is a problem' })).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Import 4 rows' }));
    expect(await screen.findByText('Added 3 jobs.', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Skipped 1 row.')).toBeTruthy();
    expect(await screen.findByText('Imported 3 jobs from empleos.csv.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'See details' }));
    const dialog = await screen.findByRole('dialog', { name: 'What happened to each row' });
    expect(within(dialog).getByText('Row 4')).toBeTruthy();
    expect(within(dialog).getByText('The job title is empty.')).toBeTruthy();

    const jobs = await jobsInDb(3);
    const cashier = jobs.find((j) => j.title === 'Cajero')!;
    expect(cashier).toMatchObject({ employer: 'Panadería López', location: 'León', notes: 'Llamar a Begoña', stage: 'interviewing', pay: { min: 15, max: 15, period: 'hour', currency: 'USD' } });
    const steps = await getDb().stageChanges.where('jobId').equals(cashier.id).sortBy('createdAt');
    expect(steps.map((s) => [s.stage, s.at])).toEqual([
      ['applied', '2024-03-15'],
      ['interviewing', '2024-03-15'],
    ]);
    expect(jobs.find((j) => j.title === 'Almacenista')).toMatchObject({ stage: 'applied', stageAt: '2024-04-02' });
    expect(jobs.find((j) => j.title === 'Chofer')).toMatchObject({ stage: 'rejected', notes: 'Dijeron: "gracias"; sin más' });
  });

  it('reads a UTF-8 file with a BOM, lets the user change and leave out columns, and catches a column chosen twice', async () => {
    renderAdding('/jobs/import');
    const text = '\uFEFFJob Title;Company;Link;Comments\r\n"Nurse; nights";Clínica Sol;www.sol.example/jobs/9;"line one\r\nline two"\r\nAide;Casa Luna;;\r\n';
    await chooseCsv('sheet.csv', new TextEncoder().encode(text));
    expect(await screen.findByText('sheet.csv has 2 rows. We read it as UTF-8 text, with columns separated by semicolons.')).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Job Title' })).toBeTruthy(); // no BOM left in the first header
    expect(screen.queryByRole('heading', { name: 'Dates' })).toBeNull(); // no dates, no question

    fireEvent.change(select('Put “Comments” in'), { target: { value: 'employer' } });
    expect(await screen.findAllByText('“Employer” is chosen for more than one column. Choose it for one column only.')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 rows' }));
    expect(await screen.findByRole('group', { name: 'There is a problem' })).toBeTruthy();
    fireEvent.change(select('Put “Comments” in'), { target: { value: '' } });
    await waitFor(() => expect(screen.queryByText(/is chosen for more than one column/)).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Import 2 rows' }));
    expect(await screen.findByText('Added 2 jobs.', {}, { timeout: 5000 })).toBeTruthy();
    const jobs = await jobsInDb(2);
    expect(jobs.find((j) => j.employer === 'Clínica Sol')).toMatchObject({ title: 'Nurse; nights', url: 'https://www.sol.example/jobs/9', notes: '' });
  });

  it('keeps a row whose date is a typo: the preview says the date goes to the notes, and the job is imported with it there', async () => {
    renderAdding('/jobs/import');
    await chooseCsv('typo.csv', new TextEncoder().encode('Title,Company,Date applied,Status\r\nForklift operator,UPS,13/31/2026,Applied\r\nCook,Diner,11/02/2026,Applied\r\n'));
    const preview = (await screen.findByRole('heading', { level: 3, name: 'How the first rows will look' })).parentElement!;
    expect(within(preview).getByText(/^Date applied: “13\/31\/2026” .*, so it was put in the notes\.$/)).toBeTruthy();
    expect(within(preview).queryByText(/will be skipped/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 rows' }));
    expect(await screen.findByText('Added 2 jobs.', {}, { timeout: 5000 })).toBeTruthy();
    const jobs = await jobsInDb(2);
    expect(jobs.find((j) => j.employer === 'UPS')).toMatchObject({ title: 'Forklift operator', stage: 'applied', appliedAt: null, notes: 'Date applied: 13/31/2026' });

    // A file of ours again (it carries the jobs' ids): both are there already, and the details say there is nothing to fix.
    fireEvent.click(screen.getByRole('button', { name: 'Import another file' }));
    const ours = `Title,Career Organizer id,Date applied\r\n${jobs.map((j) => `${j.title},${j.id},${j.employer === 'UPS' ? '13/31/2026' : ''}`).join('\r\n')}\r\n`;
    await chooseCsv('ours.csv', new TextEncoder().encode(ours));
    fireEvent.click(await screen.findByRole('button', { name: 'Import 2 rows' }));
    expect(await screen.findByText('Added 0 jobs.', {}, { timeout: 5000 })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'See details' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('These jobs are already in your list, so they were left as they are. There is nothing to fix.')).toBeTruthy();
    expect(within(dialog).getAllByText('This job is already in your list.')).toHaveLength(2);
    expect(within(dialog).queryByText('Rows imported with a change')).toBeNull(); // the typo's row was not imported at all
  }, 20_000);

  it('refuses an Excel workbook and an empty file with a way forward', async () => {
    renderAdding('/jobs/import');
    await chooseCsv('jobs.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(await screen.findByText('jobs.xlsx is an Excel workbook, not a CSV file. In Excel, choose File, Save As, “CSV UTF-8”, then choose that file here.')).toBeTruthy();
    await chooseCsv('only-header.csv', new TextEncoder().encode('Title,Company\r\n\r\n'));
    expect(await screen.findByText('The file only-header.csv has column names but no rows of jobs. Choose another file.')).toBeTruthy();
  });

  it('shows progress as a count while importing a big file, and Cancel stops it', async () => {
    renderAdding('/jobs/import');
    const rows = Array.from({ length: 20_000 }, (_, i) => `Job ${i},Employer ${i % 50},City`);
    await chooseCsv('big.csv', new TextEncoder().encode(['Title,Company,City', ...rows].join('\n')));
    fireEvent.click(await screen.findByRole('button', { name: 'Import 20,000 rows' }, { timeout: 10_000 }));
    const bar = await screen.findByRole('progressbar');
    expect(bar.getAttribute('aria-valuemax')).toBe('20000');
    await waitFor(() => expect(bar.getAttribute('aria-valuetext')).toMatch(/^(Checking rows… [\d,]+ of 20,000|Adding jobs… [\d,]+ of 20,000 rows)$/));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { name: /You stopped the import/ }, { timeout: 10_000 })).toBeTruthy();
    const added = await getDb().jobs.count();
    expect(added).toBeLessThan(20_000);
    expect(screen.getByText(added === 1 ? 'Added 1 job.' : `Added ${added.toLocaleString('en')} jobs.`)).toBeTruthy();
  }, 30_000);
});

describe('Export to a spreadsheet', () => {
  it('downloads every job as career-organizer-jobs-<date>.csv, UTF-8 with a BOM, formulas made harmless', async () => {
    const db = getDb();
    await addJob(db, { title: 'Cajero', employer: 'Panadería López', notes: '=HYPERLINK("http://evil.example")' });
    await addJob(db, { title: 'Forklift operator', employer: 'Northwind', stage: 'applied', stageAt: '2024-03-05' });
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.stubGlobal('URL', Object.assign(Object.create(URL), URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:test'), revokeObjectURL: () => undefined }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <ExportJobsButton />
        <ToastRegion />
      </I18nextProvider>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export to a spreadsheet' })));
    expect(await screen.findByText(`Saved 2 jobs to career-organizer-jobs-${today()}.csv. Open it with Excel, LibreOffice or Google Sheets.`)).toBeTruthy();
    expect(names).toEqual([`career-organizer-jobs-${today()}.csv`]);
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split('\r\n');
    expect(lines[0]).toMatch(/^Title,Employer,Location,/);
    expect(text).toContain('Cajero,Panadería López');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).toMatch(/Forklift operator,Northwind,.*,Applied,2024-03-05,2024-03-05,/);
    click.mockRestore();
  });

  it('says there is nothing to export yet', async () => {
    render(
      <I18nextProvider i18n={createI18n('es')}>
        <ExportJobsButton />
        <ToastRegion />
      </I18nextProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Exportar a una hoja de cálculo' }));
    expect(await screen.findByText('Todavía no tiene empleos para exportar. Primero agregue un empleo.')).toBeTruthy();
  });
});

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDb, getMyDetails } from '../../../../../renderer/src/db';
import { renderAt, seedInterview } from './support';

const heading2 = (name: string | RegExp) => screen.findByRole('heading', { level: 2, name });
const activeIs = async (name: string) => waitFor(() => expect(document.activeElement?.textContent).toBe(name));

describe('decline-an-interview wizard', () => {
  it('starts from the job, asks my name once, walks the advice by keyboard and writes the letter', async () => {
    const { job, luis } = await seedInterview();
    renderAt(`/letters/new?type=decline-interview&job=${job.id}`);

    // Pre-filled from the address: the type, the job, and the job's hiring manager as the person.
    expect(await screen.findByRole('heading', { level: 1, name: 'Write a letter' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: /Decline an interview/ }) as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect((screen.getByLabelText(/Which job is it about/) as HTMLSelectElement).value).toBe(job.id));
    expect((screen.getByLabelText(/Who is it to/) as HTMLSelectElement).value).toBe(luis.id);
    fireEvent.click(screen.getByRole('button', { name: 'Start writing' }));

    // No name yet: the wizard asks for it first, as step 1 of 5.
    expect(await heading2('Your details')).toBeTruthy();
    const [letter] = await getDb().letters.toArray();
    await waitFor(() => expect(window.location.hash).toBe(`#/letters/${letter.id}`));
    expect(screen.getByText('Step 1 of 5')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByText('Type your name. Letters need it.', { selector: '.error-summary__link' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Ana Reyes' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    // Be sure: a checklist; focus lands on the step's heading.
    expect(await heading2('Be sure')).toBeTruthy();
    await activeIs('Be sure');
    expect((await getMyDetails(getDb())).name).toBe('Ana Reyes');
    expect(screen.getByText('Step 2 of 5')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Steps' }).querySelector('[aria-current="step"]')?.textContent).toBe('2. Be sure');
    fireEvent.click(screen.getByRole('checkbox', { name: /concrete reason/ }));
    // Enter in the form moves on, like the Next button.
    fireEvent.submit(screen.getByRole('button', { name: 'Next' }).closest('form')!);

    // Act quickly: how soon, email or phone (with a script), and who referred me.
    expect(await heading2('Act quickly')).toBeTruthy();
    await activeIs('Act quickly');
    expect(screen.getByRole('note', { name: 'How soon?' }).textContent).toMatch(/as soon as you have decided/);
    expect((screen.getByLabelText(/Who referred you/) as HTMLInputElement).value).toBe('Maria Lopez');
    fireEvent.change(screen.getByLabelText('Interview date'), { target: { value: '2099-01-05' } });
    expect(screen.getByRole('note', { name: 'How soon?' }).textContent).toMatch(/Your interview is on January 5, 2099/);
    expect(screen.queryByRole('heading', { name: 'What to say on the phone' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'By phone, then email' }));
    const script = (await screen.findByRole('heading', { name: 'What to say on the phone' })).closest('section')!;
    expect(within(script).getByText(/Hello Luis Ortega, this is Ana Reyes\./)).toBeTruthy();
    // Back keeps the answers; the ticked box is still ticked.
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(await heading2('Be sure')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: /concrete reason/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await heading2('Act quickly')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));

    // The details: merged from the job and the person; a required one left empty stops Next.
    expect(await heading2('The details')).toBeTruthy();
    expect((screen.getByLabelText(/Who invited you/) as HTMLInputElement).value).toBe('Luis Ortega');
    fireEvent.change(screen.getByLabelText('Employer'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Write the letter' }));
    const summary = await waitFor(() => document.querySelector<HTMLElement>('.error-summary')!);
    expect(within(summary).getByRole('button', { name: 'Fill in “Employer”.' })).toBeTruthy();
    expect(document.activeElement).toBe(summary);
    expect(screen.getByRole('heading', { level: 2, name: 'The details' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Employer'), { target: { value: 'Harbor Logistics' } });
    fireEvent.click(screen.getByRole('button', { name: 'Write the letter' }));

    // Be gracious: the letter, written from the answers, with the tone check beside it.
    expect(await heading2('Be gracious')).toBeTruthy();
    await activeIs('Be gracious');
    expect((screen.getByLabelText('Subject') as HTMLInputElement).value).toBe('Warehouse lead interview – Ana Reyes');
    expect((screen.getByLabelText('Greeting') as HTMLInputElement).value).toBe('Dear Luis Ortega,');
    expect((screen.getByLabelText('Paragraph 1') as HTMLTextAreaElement).value).toMatch(/^Thank you very much for inviting me to interview for the Warehouse lead position at Harbor Logistics on January 5, 2099/);
    expect(screen.getByText('Nothing to change. It reads as warm and professional.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'A short note to Maria Lopez' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What to say on the phone' })).toBeTruthy();
  });

  it('saves the draft as the user types, and a reload opens it where it was left with the text kept', async () => {
    const { job } = await seedInterview();
    const { seedMe } = await import('./support');
    await seedMe();
    let app = renderAt(`/letters/new?type=decline-interview&job=${job.id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Start writing' }));
    expect(await heading2('Be sure')).toBeTruthy();
    for (const step of ['Act quickly', 'The details', 'Be gracious']) {
      fireEvent.click(screen.getAllByRole('button', { name: /^(Next|Write the letter)$/ })[0]);
      expect(await heading2(step)).toBeTruthy();
    }
    const [letter] = await getDb().letters.toArray();
    const paragraph = screen.getByLabelText('Paragraph 2') as HTMLTextAreaElement;
    fireEvent.change(paragraph, { target: { value: 'I have decided to stay where I am. This company is a joke!!' } });
    // The tone check reacts as the user types.
    expect(await screen.findByText('2 things to look at')).toBeTruthy();
    const flags = screen.getByRole('heading', { name: 'Tone check' }).closest('section')!;
    expect(within(flags).getAllByText((_, el) => el?.tagName === 'MARK').map((m) => m.textContent)).toEqual(expect.arrayContaining(['!!']));
    // "Show in the letter" selects the flagged words in the paragraph.
    fireEvent.click(within(flags).getAllByRole('button', { name: 'Show in the letter' })[0]);
    expect(document.activeElement).toBe(paragraph);
    expect(paragraph.selectionEnd).toBeGreaterThan(paragraph.selectionStart ?? 0);

    // Saved about 300 ms after the last keystroke, and the status says so.
    expect(await screen.findByText('Saved', {}, { timeout: 2000 })).toBeTruthy();
    const stored = await getDb().letters.get(letter.id);
    expect(stored).toMatchObject({ step: 'letter', edited: true });
    expect(stored?.body?.paragraphs[1]).toBe('I have decided to stay where I am. This company is a joke!!');

    // A reload (the page mounted again from the database) keeps the text and the step.
    await act(async () => app.cleanup());
    app = renderAt(`/letters/${letter.id}`);
    expect(await heading2('Be gracious')).toBeTruthy();
    expect((screen.getByLabelText('Paragraph 2') as HTMLTextAreaElement).value).toBe('I have decided to stay where I am. This company is a joke!!');
    expect(screen.getByRole('button', { name: 'Write it again from my answers' })).toBeTruthy();
  });

  it('writes the waiting change at once when the page is left, without waiting for the pause', async () => {
    const { job } = await seedInterview();
    const { seedMe } = await import('./support');
    await seedMe();
    renderAt(`/letters/new?type=thank-you&job=${job.id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Start writing' }));
    expect(await heading2('Send it today')).toBeTruthy();
    const [letter] = await getDb().letters.toArray();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await heading2('Who and when')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Job title/), { target: { value: 'Shift lead' } });
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect((await getDb().letters.get(letter.id))?.values.jobTitle).toBe('Shift lead'), { timeout: 250 });
  });
});

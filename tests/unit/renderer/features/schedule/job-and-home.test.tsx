process.env.TZ = 'America/Los_Angeles';

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../../../../renderer/src/db/career-db';
import { today } from '../../../../../renderer/src/db/clock';
import { eventsForJob } from '../../../../../renderer/src/db/events-table';
import { addJob, getJob } from '../../../../../renderer/src/db/jobs-table';
import { moveJobToStage } from '../../../../../renderer/src/db/stage-changes-table';
import { addContact } from '../../../../../renderer/src/db/contacts-table';
import { collectActivities } from '../../../../../renderer/src/features/jobs/data/activity-log';
import { addDays } from '../../../../../shared/domain/jobs';
import { eventually, findToast, renderSchedule, seedEvent } from './support';

const section = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;

describe('Events on a job’s page', () => {
  it('schedules an interview from the job (the form filled in from it), then offers to move the job to Interviewing', async () => {
    const contact = await addContact(getDb(), { name: 'Dana Reyes' });
    let job = await addJob(getDb(), { title: 'Warehouse lead', employer: 'Acme Logistics', location: 'Tacoma, WA' });
    job = (await moveJobToStage(getDb(), job.id, 'applied')).job;
    await getDb().jobs.update(job.id, { contactIds: [contact.id] });
    renderSchedule(`/jobs/${job.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Warehouse lead' });
    const events = section('Events');
    expect(await within(events).findByText('No interviews or other events for this job yet.')).toBeTruthy();
    fireEvent.click(within(events).getByRole('button', { name: 'Schedule interview' }));

    const dialog = await screen.findByRole('dialog', { name: 'New event' });
    expect((within(dialog).getByLabelText(/^Title/) as HTMLInputElement).value).toBe('Interview with Acme Logistics');
    expect((within(dialog).getByLabelText('What kind of event') as HTMLSelectElement).value).toBe('interview');
    expect((within(dialog).getByLabelText(/^Where/) as HTMLInputElement).value).toBe('Tacoma, WA');
    expect((within(dialog).getByLabelText('Start date') as HTMLInputElement).value).toBe(addDays(today(), 1));
    await waitFor(() => expect((within(dialog).getByLabelText('Job') as HTMLSelectElement).selectedOptions[0].textContent).toBe('Warehouse lead — Acme Logistics'));
    await waitFor(() => expect((within(dialog).getByLabelText('Contact') as HTMLSelectElement).selectedOptions[0].textContent).toBe('Dana Reyes'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add event' }));

    const offer = await screen.findByRole('group', { name: 'Your interview is in your schedule. Move “Warehouse lead” to Interviewing?' });
    const [interview] = await eventsForJob(getDb(), job.id);
    expect(interview).toMatchObject({ kind: 'interview', jobId: job.id, contactId: contact.id, start: `${addDays(today(), 1)}T10:00` });
    expect(await within(section('Events')).findByRole('link', { name: /^Interview with Acme Logistics, / })).toBeTruthy();
    fireEvent.click(within(offer).getByRole('button', { name: 'Move to Interviewing' }));
    await eventually(async () => expect((await getJob(getDb(), job.id)).stage).toBe('interviewing'));
    expect(screen.queryByRole('group', { name: /Move “Warehouse lead” to Interviewing/ })).toBeNull();
  });

  it('puts the job’s deadline on the calendar as an all-day event, once', async () => {
    const deadline = addDays(today(), 10);
    const job = await addJob(getDb(), { title: 'Forklift operator', employer: 'Northwind', deadline });
    renderSchedule(`/jobs/${job.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Forklift operator' });
    fireEvent.click(await within(section('Events')).findByRole('button', { name: 'Add deadline to my schedule' }));
    await findToast(/^Added the deadline on .* to your schedule\.$/);
    const [event] = await eventsForJob(getDb(), job.id);
    expect(event).toMatchObject({ kind: 'application-deadline', allDay: true, start: deadline, end: addDays(deadline, 1), title: 'Deadline: Forklift operator at Northwind', reminders: [10080, 1440] });
    await waitFor(() => expect(within(section('Events')).queryByRole('button', { name: 'Add deadline to my schedule' })).toBeNull());
  });
});

describe('Home: coming up this week', () => {
  it('teaches the first step when nothing is planned', async () => {
    renderSchedule('/');
    const upcoming = await waitFor(() => section('Coming up this week'));
    expect(await within(upcoming).findByText(/Nothing is scheduled for the next 7 days/)).toBeTruthy();
    fireEvent.click(within(upcoming).getByRole('button', { name: 'Add an appointment' }));
    const dialog = await screen.findByRole('dialog', { name: 'New event' });
    expect((within(dialog).getByLabelText('What kind of event') as HTMLSelectElement).value).toBe('job-centre-appointment');
  });

  it('lists the next seven days by day, and nothing beyond', async () => {
    await seedEvent({ title: 'Job club', kind: 'workshop', start: `${addDays(today(), 1)}T09:00`, end: `${addDays(today(), 1)}T10:00` });
    await seedEvent({ title: 'Hiring fair', kind: 'hiring-event', start: addDays(today(), 3), end: addDays(today(), 4), allDay: true });
    await seedEvent({ title: 'Too far', start: `${addDays(today(), 9)}T09:00`, end: `${addDays(today(), 9)}T10:00` });
    renderSchedule('/');
    const upcoming = await waitFor(() => section('Coming up this week'));
    expect(await within(upcoming).findByRole('heading', { level: 3, name: 'Tomorrow' })).toBeTruthy();
    expect(within(upcoming).getByRole('link', { name: /^Job club, .*9:00 AM to 10:00 AM \(Workshop\)$/ })).toBeTruthy();
    expect(within(upcoming).getByRole('link', { name: /^Hiring fair, .*all day \(Hiring event\)$/ })).toBeTruthy();
    expect(within(upcoming).queryByText('Too far')).toBeNull();
    expect(within(upcoming).getByRole('link', { name: 'See my schedule' }).getAttribute('href')).toBe('#/schedule/agenda');
  });
});

describe('The job-search log', () => {
  it('counts attended interviews, workshops, hiring events and job-centre appointments, with the job’s details', async () => {
    const job = await addJob(getDb(), { title: 'Warehouse lead', employer: 'Acme Logistics' });
    await seedEvent({ title: 'Interview with Acme', kind: 'interview', start: '2026-03-10T10:00', end: '2026-03-10T11:00', outcome: 'attended', jobId: job.id, location: 'Acme office' });
    await seedEvent({ title: 'Missed workshop', kind: 'workshop', start: '2026-03-11T10:00', end: '2026-03-11T11:00', outcome: 'missed' });
    await seedEvent({ title: 'Coffee', kind: 'networking', start: '2026-03-12T10:00', end: '2026-03-12T11:00', outcome: 'attended' });
    await seedEvent({ title: 'Later', kind: 'workshop', start: '2026-04-12T10:00', end: '2026-04-12T11:00', outcome: 'attended' });
    const activities = (await collectActivities(getDb(), '2026-03-08', '2026-03-14')).filter((a) => a.source.kind === 'event');
    expect(activities).toEqual([
      expect.objectContaining({ date: '2026-03-10', type: 'interview', employer: 'Acme Logistics', position: 'Warehouse lead', contactMethod: 'Acme office', jobId: job.id }),
    ]);
  });
});

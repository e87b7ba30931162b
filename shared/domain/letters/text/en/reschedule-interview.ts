import type { LetterTypeText } from '../../text-types';

export const rescheduleInterview: LetterTypeText = {
  guide: {
    title: 'Reschedule an interview',
    description: 'Move an interview without losing the employer’s goodwill.',
    documentName: 'Interview reschedule request',
    steps: {
      'act-quickly': {
        title: 'Act quickly',
        advice: [
          'Ask as soon as you know. With a day’s notice or more, most employers are happy to move an interview. With less, call first and then send this email.',
          'Try to reschedule only once. A second request can make it look as if you are not really interested.',
        ],
      },
      'new-times': {
        title: 'Offer new times',
        advice: [
          'Offer two or three specific times within the next week, so they can simply pick one. "Any time next week" makes them do the work.',
        ],
      },
      details: {
        title: 'The details',
        advice: ['A short reason helps, but keep it general. The employer does not need medical or family details.'],
      },
      letter: {
        title: 'Apologize once',
        advice: ['Say sorry once, not three times, and show you still want the job. Confident and brief is the right tone.'],
      },
    },
    fields: {
      contactName: { label: 'Who arranged the interview' },
      employer: { label: 'Employer' },
      jobTitle: { label: 'Job title' },
      interviewDate: { label: 'Current interview date' },
      reason: { label: 'Reason to give' },
      availability: { label: 'Times that work for you', hint: 'One per line. For example: Tuesday, May 14, any time after 10 a.m.' },
    },
    choices: {
      reason: {
        none: 'No reason',
        conflict: 'Something I cannot move has come up',
        illness: 'I am unwell',
        family: 'A family matter',
      },
    },
  },
  template: {
    subject: ['Rescheduling my interview for {jobTitle} – {myName}', 'Rescheduling my interview – {myName}'],
    paragraphs: [
      [
        [
          'Thank you again for inviting me to interview for the {jobTitle} position at {employer} on {interviewDate}.',
          'Thank you again for inviting me to interview for the {jobTitle} position at {employer}.',
          'Thank you again for inviting me to interview for the {jobTitle} position.',
          'Thank you again for inviting me to interview with {employer}.',
        ],
      ],
      [
        'Unfortunately, I need to ask whether we could move the interview to another time.',
        { if: { field: 'reason', is: 'conflict' }, text: 'Something has come up that I am not able to move.' },
        { if: { field: 'reason', is: 'illness' }, text: 'I am unwell, and I would like to be at my best when we meet.' },
        { if: { field: 'reason', is: 'family' }, text: 'A family matter needs my attention that day.' },
        'I am sorry for any inconvenience this causes.',
      ],
      ['I am available at the following times:\n{availability}'],
      ['If none of these suit you, I will gladly fit around your schedule.'],
      ['I remain very interested in the role and look forward to speaking with you.'],
    ],
  },
};

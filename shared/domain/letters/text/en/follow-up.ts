import type { LetterTypeText } from '../../text-types';

export const followUp: LetterTypeText = {
  guide: {
    title: 'Follow up on an application',
    description: 'A polite nudge when you have not heard back.',
    documentName: 'Application follow-up',
    steps: {
      timing: {
        title: 'Good timing',
        advice: [
          'A follow-up shows interest; too many look like pressure. One message, perhaps a second a couple of weeks later, is right.',
        ],
        items: {
          waited: 'It has been at least a week since I applied, or the date they said they would reply has passed.',
          'still-open': 'I have checked that the job is still advertised or open.',
          'someone-inside': 'If I know someone who works there, I have asked them who is hiring for the role.',
        },
      },
      details: {
        title: 'The details',
        advice: [
          'If the posting had a reference number, include it: it helps them find your application quickly. If you can, add one strength that matches what the job asks for.',
        ],
      },
      letter: {
        title: 'Short and friendly',
        advice: ['Remind them who you are and which job, say you are still interested, and ask politely about their timeline. No guilt, no pressure.'],
      },
    },
    fields: {
      contactName: { label: 'Who to write to (if you know)', hint: 'The hiring manager or recruiter. Leave empty if you do not know.' },
      employer: { label: 'Employer' },
      jobTitle: { label: 'Job title' },
      reference: { label: 'Job reference number (if any)' },
      appliedOn: { label: 'When you applied' },
      fitPoint: { label: 'One strength to mention (optional)', hint: 'A sentence or two, such as: I have run the same inventory system for three years.' },
    },
    choices: {},
  },
  template: {
    subject: ['Following up on my application for {jobTitle}', 'Following up on my application'],
    paragraphs: [
      [
        [
          'I applied for the {jobTitle} position (reference {reference}) on {appliedOn}, and I am writing to follow up on my application.',
          'I applied for the {jobTitle} position on {appliedOn}, and I am writing to follow up on my application.',
          'I recently applied for the {jobTitle} position (reference {reference}), and I am writing to follow up on my application.',
          'I recently applied for the {jobTitle} position, and I am writing to follow up on my application.',
        ],
      ],
      [
        [
          'I remain very interested in the role and in {employer}. {fitPoint}',
          'I remain very interested in the role and in {employer}, and I believe my experience would make me a strong addition to your team.',
        ],
      ],
      [
        'I would be grateful for any update you can share on your timeline.',
        'If it would help, I am happy to send more information or to talk at a time that suits you.',
      ],
      ['Thank you for your time and consideration.'],
    ],
  },
};

import type { LetterTypeText } from '../../text-types';

export const acceptOffer: LetterTypeText = {
  guide: {
    title: 'Accept a job offer',
    description: 'Say yes in writing and confirm what you agreed.',
    documentName: 'Offer acceptance',
    steps: {
      'check-offer': {
        title: 'Check the offer',
        advice: ['Congratulations! Before you say yes in writing, make sure you know exactly what you are saying yes to.'],
        items: {
          'in-writing': 'I have the offer in writing, and the title, pay and start date match what we discussed.',
          questions: 'I have asked my remaining questions: benefits, schedule, probation period, where I will work.',
          conditions: 'I know of any conditions (a background check, references, a drug test). I will not resign from my current job until they are cleared.',
          'other-employers': 'I will tell the other employers I am talking to, once this is settled. (The letters "Withdraw an application" and "Decline an interview" help.)',
        },
      },
      details: {
        title: 'The details',
        advice: [
          'Repeat the key terms as you agreed them. It is polite, and if there has been a misunderstanding, it comes out now instead of on your first paycheck.',
        ],
      },
      letter: {
        title: 'Say yes warmly',
        advice: [
          'Thank them, accept clearly, confirm the terms, and ask what they need from you before you start. Let your enthusiasm show; there is no need to hold back now.',
        ],
      },
    },
    fields: {
      contactName: { label: 'Who made you the offer' },
      employer: { label: 'Employer' },
      jobTitle: { label: 'Job title' },
      startDate: { label: 'Start date' },
      salary: { label: 'Pay, as agreed (optional)', hint: 'For example: $52,000 a year, or $21.50 an hour.' },
      otherTerms: { label: 'Other things you agreed (optional)', hint: 'One per line. For example: Two days a week from home.' },
      personalNote: { label: 'Anything else you want to say (optional)' },
    },
    choices: {},
  },
  template: {
    subject: ['Accepting your offer for the {jobTitle} position – {myName}', 'Accepting your job offer – {myName}'],
    paragraphs: [
      [
        ['Thank you for offering me the position of {jobTitle} at {employer}.', 'Thank you for offering me a position at {employer}.'],
        'I am delighted to accept.',
      ],
      [
        [
          'As we discussed, my starting pay will be {salary}, and my first day will be {startDate}.',
          'As we discussed, my starting pay will be {salary}.',
          'As we discussed, my first day will be {startDate}.',
        ],
      ],
      ['We also agreed on the following:\n{otherTerms}'],
      ['{personalNote}'],
      ['Please let me know if there is anything you need from me before I start, such as paperwork to complete or documents to bring on my first day.'],
      [['I am looking forward to joining the team at {employer}.', 'I am looking forward to joining the team.']],
    ],
  },
};

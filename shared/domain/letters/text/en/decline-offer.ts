import type { LetterTypeText } from '../../text-types';

export const declineOffer: LetterTypeText = {
  guide: {
    title: 'Decline a job offer',
    description: 'Turn down an offer graciously, so you can still work with them one day.',
    documentName: 'Offer decline',
    steps: {
      'be-sure': {
        title: 'Be sure',
        advice: [
          'An offer is the moment you have the most say. Before you turn it down, check you have used it:',
        ],
        items: {
          negotiate: 'I have asked whether what holds me back (pay, start date, hours, working from home) can change. Many offers do.',
          compare: 'If I have more than one offer, I have compared them side by side: pay, benefits, commute, growth, and the people.',
          'other-offer-in-writing': 'If I am declining because of another offer, I have that offer in writing, with its conditions met.',
          'sleep-on-it': 'I have slept on it, or talked it over with someone I trust.',
        },
      },
      'act-quickly': {
        title: 'Act quickly',
        advice: [
          'Reply before the deadline they gave you, and sooner if you can: the employer may want to offer the job to someone else, and that person is waiting.',
          'If the offer was made by phone, it is kind to call the hiring manager first and then send this email to confirm.',
        ],
      },
      details: {
        title: 'The details',
        advice: [
          'You do not have to explain. If pay is the reason, you can say the package does not meet your needs; there is no need to name figures or compare them with another offer.',
        ],
      },
      letter: {
        title: 'Be gracious',
        advice: [
          'Thank them warmly: they chose you. Decline clearly in the first lines, so nobody has to guess, and end on a friendly note. The people you met may be your colleagues or contacts in the future.',
        ],
      },
    },
    fields: {
      contactName: { label: 'Who made you the offer' },
      employer: { label: 'Employer' },
      jobTitle: { label: 'Job title' },
      reason: { label: 'Reason to give' },
      stayInTouch: { label: 'Keep the door open?' },
      personalNote: { label: 'Anything else you want to say (optional)', hint: 'One or two sentences at most.' },
    },
    choices: {
      reason: {
        none: 'No reason (this is fine)',
        'accepted-other': 'I have accepted another offer',
        compensation: 'The pay or benefits do not work for me',
        'current-role': 'I am staying in my current job',
        'not-right-fit': 'The role is not the right fit',
      },
      stayInTouch: { yes: 'Yes, I would like to stay in touch', no: 'No, a polite goodbye' },
    },
  },
  template: {
    subject: ['Your offer for the {jobTitle} position – {myName}', 'Your job offer – {myName}'],
    paragraphs: [
      [
        [
          'Thank you very much for offering me the position of {jobTitle} at {employer}.',
          'Thank you very much for offering me a position at {employer}.',
        ],
        'I appreciate the time you and your team spent with me, and I enjoyed learning about your work.',
      ],
      [
        'After careful consideration, I have decided not to accept the offer.',
        { if: { field: 'reason', is: 'accepted-other' }, text: 'I have accepted another position that fits my plans more closely.' },
        { if: { field: 'reason', is: 'compensation' }, text: 'The overall package does not meet my needs at this time.' },
        { if: { field: 'reason', is: 'current-role' }, text: 'I have decided to stay in my current role.' },
        { if: { field: 'reason', is: 'not-right-fit' }, text: 'I have concluded that the role is not the right fit for me at this point.' },
      ],
      ['{personalNote}'],
      {
        if: { field: 'stayInTouch', is: 'yes' },
        sentences: [
          'This was not an easy decision.',
          ['I have a high regard for {employer}, and I hope our paths cross again.', 'I hope our paths cross again.'],
        ],
      },
      { if: { field: 'stayInTouch', is: 'no' }, sentences: ['I wish you and the team every success.'] },
    ],
  },
};

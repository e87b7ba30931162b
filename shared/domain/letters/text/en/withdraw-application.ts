import type { LetterTypeText } from '../../text-types';

export const withdrawApplication: LetterTypeText = {
  guide: {
    title: 'Withdraw an application',
    description: 'Take yourself out of the running for a job, and leave a good impression.',
    documentName: 'Application withdrawal',
    steps: {
      before: {
        title: 'Before you withdraw',
        advice: [
          'Withdrawing is a courtesy: it saves the employer time and shows you are considerate. A few things to settle first:',
        ],
        items: {
          sure: 'I am sure. Once I withdraw, I will not be considered for this opening again.',
          now: 'I am telling them now, not waiting until they call me for an interview.',
          'other-openings': 'I know whether I would still like to hear about other openings there (you can say so in the letter).',
        },
      },
      details: {
        title: 'The details',
        advice: [
          'A reason is optional. If you give one, one honest sentence is enough; the employer does not need the whole story.',
        ],
      },
      letter: {
        title: 'Keep it short',
        advice: [
          'Thank them, say you are withdrawing, and wish them well. Three short paragraphs is plenty. Send it to the person you have been in touch with, or to the address you applied through.',
        ],
      },
    },
    fields: {
      contactName: { label: 'Who you have been in touch with', hint: 'Leave empty if you applied online and do not know a name.' },
      employer: { label: 'Employer' },
      jobTitle: { label: 'Job title' },
      reference: { label: 'Job reference number (if any)' },
      reason: { label: 'Reason to give' },
      stayInTouch: { label: 'Would you like to hear about other openings there?' },
      personalNote: { label: 'Anything else you want to say (optional)', hint: 'One or two sentences at most.' },
    },
    choices: {
      reason: {
        none: 'No reason (this is fine and common)',
        'accepted-other': 'I have accepted another job',
        'current-role': 'I am staying in my current job',
        'other-direction': 'I am going in a different direction',
        personal: 'Personal circumstances',
      },
      stayInTouch: { yes: 'Yes, keep me in mind', no: 'No, just withdraw' },
    },
  },
  template: {
    subject: ['Withdrawing my application for {jobTitle} – {myName}', 'Withdrawing my application – {myName}'],
    paragraphs: [
      [
        [
          'Thank you for considering my application for the {jobTitle} position (reference {reference}) at {employer}.',
          'Thank you for considering my application for the {jobTitle} position at {employer}.',
          'Thank you for considering my application to {employer}.',
        ],
      ],
      [
        'I am writing to let you know that I would like to withdraw my application.',
        { if: { field: 'reason', is: 'accepted-other' }, text: 'I have accepted another position that fits my plans more closely.' },
        { if: { field: 'reason', is: 'current-role' }, text: 'I have decided to stay in my current role.' },
        { if: { field: 'reason', is: 'other-direction' }, text: 'I have decided to take my career in a different direction.' },
        { if: { field: 'reason', is: 'personal' }, text: 'My personal circumstances have changed, and I am no longer able to take on a new role.' },
        'I wanted to tell you now so that you can focus on the other candidates.',
      ],
      ['{personalNote}'],
      {
        if: { field: 'stayInTouch', is: 'yes' },
        sentences: [
          [
            'I appreciate the time you have given my application, and I would be glad to be considered for future openings at {employer}.',
            'I appreciate the time you have given my application, and I would be glad to be considered for future openings.',
          ],
        ],
      },
      {
        if: { field: 'stayInTouch', is: 'no' },
        sentences: ['I appreciate the time you have given my application, and I wish you every success in filling the role.'],
      },
    ],
  },
};

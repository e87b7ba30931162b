import type { LetterTypeText } from '../../text-types';

export const resignation: LetterTypeText = {
  guide: {
    title: 'Resign from a job',
    description: 'A short, formal letter that leaves on good terms.',
    documentName: 'Resignation letter',
    steps: {
      before: {
        title: 'Before you resign',
        advice: ['Resigning cannot be undone, so get the order right:'],
        items: {
          'offer-signed': 'My new job offer is signed, and any checks it depended on are cleared.',
          notice: 'I have checked how much notice my contract or handbook asks for. (Two weeks is usual in the US.)',
          'tell-first': 'I will tell my manager in person or by phone first, and give them the letter at the same time or just after.',
          'keep-positive': 'This letter goes in my file. I will keep it short and positive, and save any feedback for an exit interview, if at all.',
        },
      },
      details: {
        title: 'The details',
        advice: [
          'Address the letter to your direct manager. Count your notice from the day you hand in the letter, and check your last day against the calendar.',
        ],
      },
      'leaving-well': {
        title: 'Leave well',
        advice: [
          'A sentence of thanks and an offer to help hand over your work are what people remember. References and future jobs often come from former colleagues.',
        ],
      },
      letter: {
        title: 'Keep it short',
        advice: [
          'One page at most: that you are resigning, your last day, thanks, and help with the handover. Print and sign it, or send it as a PDF attachment if that is how your workplace works.',
        ],
      },
    },
    fields: {
      contactName: { label: 'Your manager' },
      contactRole: { label: 'Their job title (optional)' },
      employer: { label: 'Employer' },
      recipientAddress: { label: 'Employer’s address (optional)' },
      jobTitle: { label: 'Your job title' },
      lastDay: { label: 'Your last day of work' },
      gratitude: { label: 'What you are grateful for (optional)', hint: 'A sentence, such as: I have learned a great deal from leading the weekend team.' },
      handover: { label: 'Offer to help hand over your work?' },
    },
    choices: {
      handover: { yes: 'Yes', no: 'No' },
    },
  },
  template: {
    subject: ['Resignation – {myName}'],
    salutation: ['Dear {contactName},', 'To whom it may concern:'],
    paragraphs: [
      [
        [
          'Please accept this letter as formal notice that I am resigning from my position as {jobTitle} at {employer}.',
          'Please accept this letter as formal notice that I am resigning from my position at {employer}.',
        ],
        'My last day of work will be {lastDay}.',
      ],
      [
        [
          'Thank you for the opportunities I have had here. {gratitude}',
          'Thank you for the opportunities I have had here. I have valued working with you and the team.',
        ],
      ],
      {
        if: { field: 'handover', is: 'yes' },
        sentences: ['I will do everything I can to make the transition smooth, including finishing my current work and helping to hand over my responsibilities.'],
      },
      [['I wish you and everyone at {employer} continued success, and I hope we stay in touch.', 'I wish you continued success, and I hope we stay in touch.']],
    ],
  },
};

import type { LetterTypeText } from '../../text-types';

export const referenceRequest: LetterTypeText = {
  guide: {
    title: 'Ask someone to be a reference',
    description: 'Ask a former manager or colleague to speak for you.',
    documentName: 'Reference request',
    steps: {
      choose: {
        title: 'Choose well',
        advice: ['A good reference can tip the decision your way. Pick the person with care, and make it easy for them.'],
        items: {
          'knows-your-work': 'This person saw my work up close, fairly recently, and I expect them to speak well of it.',
          'ask-first': 'I am asking before I give their name to any employer. A reference should never be a surprise.',
          'easy-no': 'I will make it easy for them to say no, so that I only get references who are glad to help.',
          'send-material': 'I will send them my resume and the job posting, so they know what to talk about.',
        },
      },
      details: {
        title: 'The details',
        advice: [
          'Remind them where you worked together; it may have been a while. If there are things you would like them to mention, list them: people find that helpful, not pushy.',
        ],
      },
      letter: {
        title: 'Make it easy',
        advice: [
          'After they agree, tell them when an employer might call, and thank them again afterwards, whatever the result. Let them know when you get the job.',
        ],
      },
    },
    fields: {
      contactName: { label: 'Who you are asking' },
      workplace: { label: 'Where you worked together (optional)', hint: 'For example: Riverside Clinic' },
      jobTitle: { label: 'The job you are applying for (optional)' },
      employer: { label: 'The employer (optional)' },
      deadline: { label: 'When the employer may call (optional)' },
      highlights: { label: 'What you would like them to mention (optional)', hint: 'One per line. For example: How I trained the new staff.' },
    },
    choices: {},
  },
  template: {
    subject: ['Would you be a reference for me?'],
    salutation: ['Dear {contactName},', 'Hello,'],
    paragraphs: [
      [
        'I hope you are well.',
        [
          'I am applying for the position of {jobTitle} at {employer}, and I would be very grateful if you would act as a reference for me.',
          'I am applying for a position as {jobTitle}, and I would be very grateful if you would act as a reference for me.',
          'I am applying for a position at {employer}, and I would be very grateful if you would act as a reference for me.',
          'I am looking for a new job, and I would be very grateful if you would act as a reference for me.',
        ],
      ],
      [
        [
          'You know my work well from our time together at {workplace}, and your opinion would mean a great deal to an employer.',
          'You know my work well, and your opinion would mean a great deal to an employer.',
        ],
      ],
      ['If it helps, these are the things I would most like an employer to hear about:\n{highlights}'],
      [
        ['The employer may be in touch by {deadline}.', 'The employer may be in touch soon.'],
        'I will send you my resume and the job description, so that you have everything at hand.',
      ],
      ['I completely understand if you are not able to do this; please just let me know either way. Thank you for considering it.'],
    ],
    closing: 'With thanks,',
  },
};

import type { LetterTypeText } from '../../text-types';

export const coverLetter: LetterTypeText = {
  guide: {
    title: 'Cover letter',
    description: 'A one-page letter that goes with your resume and makes your case.',
    documentName: 'Cover letter',
    steps: {
      research: {
        title: 'Read the posting closely',
        advice: ['A cover letter works when it answers the job posting, not when it repeats your resume.'],
        items: {
          'read-posting': 'I have marked the three or four things the posting asks for most.',
          match: 'For each one, I have an example from my work, volunteering or studies.',
          'find-name': 'I have tried to find the hiring manager’s name (the posting, the company website, a phone call).',
          'one-page': 'I will keep it to one page and write it for this job only.',
        },
      },
      details: {
        title: 'The job',
        advice: ['Check the employer’s name and the job title against the posting: a wrong name is the mistake employers notice first.'],
      },
      'your-case': {
        title: 'Your case',
        advice: [
          'Why them: one or two sentences that show you know what they do. Your strengths: the two or three that match the posting, in plain words. One achievement with a result, ideally a number.',
          'Write as you would speak to a manager you respect. Short sentences are fine.',
        ],
      },
      letter: {
        title: 'Read it as they will',
        advice: [
          'Could this letter be sent to any employer? If so, add one more detail about this one. Check every name, then save it as a PDF so it looks the same on their screen.',
        ],
      },
    },
    fields: {
      contactName: { label: 'Hiring manager (if you know)', hint: 'Leave empty if you do not know a name.' },
      contactRole: { label: 'Their job title (optional)' },
      employer: { label: 'Employer' },
      recipientAddress: { label: 'Employer’s address (optional)' },
      jobTitle: { label: 'Job title' },
      reference: { label: 'Job reference number (if any)' },
      foundVia: { label: 'Where you saw the job (optional)', hint: 'For example: WorkSource, or the company website' },
      whyThem: { label: 'Why this employer (optional)', hint: 'A sentence or two, such as: Your clinic’s work with families in the valley matters to me.' },
      strengths: { label: 'Why you fit the job', hint: 'Two or three strengths that match what the posting asks for, in full sentences.' },
      achievement: { label: 'One achievement (optional)', hint: 'For example: I cut order errors by a third by reorganizing the stockroom.' },
    },
    choices: {},
  },
  template: {
    subject: ['Application for {jobTitle} (reference {reference})', 'Application for {jobTitle}'],
    salutation: ['Dear {contactName},', 'Dear Hiring Manager,'],
    paragraphs: [
      [
        [
          'I am writing to apply for the {jobTitle} position at {employer}, which I saw on {foundVia}.',
          'I am writing to apply for the {jobTitle} position at {employer}.',
        ],
        '{whyThem}',
      ],
      ['{strengths}'],
      ['{achievement}'],
      [
        'My resume gives more detail about my experience.',
        [
          'I would welcome the chance to talk about how I could contribute to {employer}, and I am available for an interview at your convenience.',
          'I would welcome the chance to talk about how I could contribute, and I am available for an interview at your convenience.',
        ],
      ],
      ['Thank you for your time and consideration.'],
    ],
  },
};

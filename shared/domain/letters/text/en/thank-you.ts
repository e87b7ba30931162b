import type { LetterTypeText } from '../../text-types';

export const thankYou: LetterTypeText = {
  guide: {
    title: 'Thank you after an interview',
    description: 'A short note the same day that keeps you in their mind.',
    documentName: 'Thank-you letter',
    steps: {
      timing: {
        title: 'Send it today',
        advice: [
          'Send your thank-you within 24 hours of the interview. Many candidates do not send one at all, so it is an easy way to stand out.',
          'If several people interviewed you, send each of them their own note and change a sentence or two, since they may compare them.',
          'Email is right for almost every job. A handwritten card as well is a nice touch for a small local business.',
        ],
      },
      details: {
        title: 'Who and when',
        advice: ['Check the interviewer’s name is spelled exactly right. It matters more than anything else in the note.'],
      },
      'what-to-say': {
        title: 'Make it personal',
        advice: [
          'A specific detail shows you were listening. Think of one thing from the conversation that interested you: a project, a problem they have, something about the team.',
          'Then, in a sentence or two, connect it to what you can do for them. If you forgot to mention something important in the interview, this is the place.',
        ],
      },
      letter: {
        title: 'Keep it short',
        advice: ['Three short paragraphs: thanks, one specific point, and the next step. Read it aloud once; it should sound like you.'],
      },
    },
    fields: {
      contactName: { label: 'Who interviewed you' },
      employer: { label: 'Employer' },
      jobTitle: { label: 'Job title' },
      interviewDate: { label: 'Interview date' },
      highlight: { label: 'Something from the conversation you enjoyed (optional)', hint: 'For example: the plans for the new warehouse' },
      fitPoint: { label: 'Why you would be good at this job (optional)', hint: 'A sentence or two, such as: My five years on the night shift mean I can start leading a team right away.' },
    },
    choices: {},
  },
  template: {
    subject: ['Thank you – {jobTitle} interview', 'Thank you for your time'],
    paragraphs: [
      [
        [
          'Thank you for taking the time to meet with me on {interviewDate}, to talk about the {jobTitle} position.',
          'Thank you for taking the time to meet with me to talk about the {jobTitle} position.',
          'Thank you for taking the time to meet with me.',
        ],
        ['I enjoyed our conversation and learning more about {employer}.', 'I enjoyed our conversation.'],
      ],
      ['I especially enjoyed hearing about {highlight}.'],
      [
        [
          'Our conversation made me even more interested in the role. {fitPoint}',
          'Our conversation made me even more interested in the role, and I am confident I could make a real contribution to your team.',
        ],
      ],
      ['Please let me know if I can provide any more information. I look forward to hearing from you about the next steps.'],
    ],
  },
};

import type { LetterTypeText } from '../../text-types';

export const informationalInterview: LetterTypeText = {
  guide: {
    title: 'Ask for an informational interview',
    description: 'Ask someone in a field you are curious about for a short conversation.',
    documentName: 'Informational interview request',
    steps: {
      prepare: {
        title: 'Prepare',
        advice: [
          'An informational interview is a short conversation to learn about someone’s work. People say yes more often than you would think, as long as the request is small and clear.',
        ],
        items: {
          research: 'I have read about the person and their organization, so I will not ask what a website could tell me.',
          'advice-not-job': 'I am asking for advice, not for a job, and I mean it.',
          questions: 'I have three to five questions ready, such as: What does a normal week look like? How did you get started?',
          'small-ask': 'I will ask for 15 to 30 minutes, at a time and place that suits them: a call, a video chat or a coffee.',
        },
      },
      who: {
        title: 'Who you are writing to',
        advice: [
          'Say how you found them in the first line. A shared contact ("Maria Lopez suggested I write to you") is the strongest opening there is.',
        ],
      },
      what: {
        title: 'What you would like to learn',
        advice: [
          'Introduce yourself in a sentence or two, then name what you are curious about. The more specific it is, the easier it is to say yes.',
        ],
      },
      letter: {
        title: 'Make it easy to say yes',
        advice: [
          'Keep it under 150 words. Afterwards, send a thank-you note within a day, and let them know later if their advice helped.',
        ],
      },
    },
    fields: {
      contactName: { label: 'Their name' },
      contactRole: { label: 'Their job title (optional)', hint: 'For example: Project manager' },
      employer: { label: 'Where they work (optional)' },
      howFound: { label: 'How you found them (optional)', hint: 'A full sentence, such as: Maria Lopez suggested I get in touch with you.' },
      aboutMe: { label: 'A sentence or two about you (optional)', hint: 'For example: I have worked in retail for eight years and I am moving into logistics.' },
      topic: { label: 'What you would like to learn about', hint: 'For example: how you moved into project management' },
      duration: { label: 'How long to ask for' },
    },
    choices: {
      duration: { '15': '15 minutes', '20': '20 minutes', '30': '30 minutes' },
    },
  },
  template: {
    subject: ['Could I ask your advice? – {myName}'],
    paragraphs: [
      ['{howFound}', 'My name is {myName}. {aboutMe}'],
      [
        [
          'I am very interested in {topic}, and I would value hearing about your experience as {contactRole} at {employer}.',
          'I am very interested in {topic}, and I would value hearing about your experience at {employer}.',
          'I am very interested in {topic}, and I would value hearing about your experience.',
        ],
        'I am not asking about a job opening; I would simply appreciate your advice.',
      ],
      ['Would you have {duration} minutes for a short call or a coffee in the coming weeks? I am happy to fit around your schedule.'],
      ['Thank you for considering my request.'],
    ],
  },
};

import type { ArticleSource } from './types';

export const gettingReadyForAnInterview: ArticleSource = {
  id: 'getting-ready-for-an-interview',
  texts: {
    en: {
      lang: 'en',
      title: 'Getting ready for an interview',
      summary: 'What to do before, during and after an interview, so you feel calm and ready.',
      sections: [
        {
          heading: 'Learn about the employer',
          blocks: [
            {
              type: 'paragraph',
              text: 'Employers like people who took the time to learn about them. An hour of reading is enough.',
            },
            {
              type: 'list',
              items: [
                'Read the job posting again. Mark the skills they ask for that you have.',
                'Look at the employer’s website. What do they make or do? Who are their customers?',
                'Search for recent news about them.',
                'If you know someone who works there, ask what a normal day is like.',
                'Find out the name and job title of the person you will meet, if you can.',
              ],
            },
          ],
        },
        {
          heading: 'Practice your answers',
          blocks: [
            {
              type: 'paragraph',
              text: 'Many interviews use the same questions. Practice saying your answers out loud, alone or with a friend. Common questions are:',
            },
            {
              type: 'list',
              items: [
                'Tell me about yourself.',
                'Why do you want this job?',
                'What are you good at? What are you working to improve?',
                'Tell me about a time you solved a problem at work.',
                'Why did you leave your last job?',
              ],
            },
            {
              type: 'paragraph',
              text: 'For questions that start with “Tell me about a time…”, the STAR method helps you tell a short, clear story:',
            },
            {
              type: 'steps',
              items: [
                'Situation: Where were you, and what was going on?',
                'Task: What did you need to do?',
                'Action: What did you do? Talk about your own steps.',
                'Result: What happened in the end? Use a number if you can.',
              ],
            },
            {
              type: 'sample',
              label: 'A STAR answer',
              lines: [
                'Situation: At the grocery store where I worked, two people called in sick on a busy Saturday.',
                'Task: I had to keep the checkout lines moving.',
                'Action: I opened a second register, asked a stocker to bag, and told waiting customers how long it would be.',
                'Result: The wait stayed under ten minutes, and my manager asked me to train new cashiers.',
              ],
            },
            {
              type: 'tip',
              text: 'Many job centers offer practice interviews for free. Ask at your local center.',
            },
          ],
        },
        {
          heading: 'What to bring',
          blocks: [
            {
              type: 'checklist',
              items: [
                'Three printed copies of your resume.',
                'A list of your references, with their phone numbers and emails.',
                'Any papers they asked for, such as ID, licenses or certificates.',
                'A pen and a small notebook.',
                'Your questions for them, written down.',
                'The address, the time and the name of the person you will meet.',
              ],
            },
          ],
        },
        {
          heading: 'Questions to ask them',
          blocks: [
            {
              type: 'paragraph',
              text: 'Near the end, most interviewers ask, “Do you have any questions?” It is good to have two or three ready. For example:',
            },
            {
              type: 'list',
              items: [
                'What does a normal day in this job look like?',
                'What helps someone do well in this job?',
                'Who would I work with most?',
                'What are the next steps, and when can I expect to hear from you?',
              ],
            },
            {
              type: 'paragraph',
              text: 'Questions about pay and benefits are fine. Many people wait until the employer brings them up or makes an offer.',
            },
          ],
        },
        {
          heading: 'On the day',
          blocks: [
            {
              type: 'list',
              items: [
                'Plan your trip the day before. Try to arrive 10 to 15 minutes early.',
                'For a video interview, test your camera, sound and internet ahead of time. Find a quiet place with light on your face.',
                'Dress a little neater than people who already work there.',
                'Turn off your phone’s sound.',
                'Be kind to everyone you meet, from the front desk on.',
                'Listen to each question. It is fine to pause and think, or to ask them to repeat it.',
              ],
            },
          ],
        },
        {
          heading: 'After: send a thank-you note',
          blocks: [
            {
              type: 'paragraph',
              text: 'Send a short thank-you note within 24 hours. An email is fine. Thank them, mention something you talked about, and say you are still interested.',
            },
            {
              type: 'sample',
              label: 'Sample thank-you email',
              lines: [
                'Subject: Thank you for the interview',
                'Dear [name],',
                'Thank you for meeting with me today about the [job title] position. I enjoyed learning about [something you talked about]. I am even more interested in the job now, and I hope to hear from you soon.',
                'Best regards,\n[Your name]',
              ],
            },
          ],
        },
      ],
    },
  },
};

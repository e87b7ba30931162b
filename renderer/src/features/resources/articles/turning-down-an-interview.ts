import type { ArticleSource } from './types';

/*
 * Built on the three steps in PRODUCT.md (be sure, act quickly, be gracious). The
 * decline-an-interview letter wizard follows the same steps, so keep them in step.
 */
export const turningDownAnInterview: ArticleSource = {
  id: 'turning-down-an-interview',
  texts: {
    en: {
      lang: 'en',
      title: 'Turning down an interview gracefully',
      summary: 'How to say no to an interview kindly and quickly, so the door stays open for later.',
      sections: [
        {
          heading: 'It is OK to say no',
          blocks: [
            {
              type: 'paragraph',
              text: 'Sometimes an employer invites you to an interview, and you find that the job is not right for you. Maybe you took another job. Maybe the pay or the hours do not work. Saying no is normal. How you say it matters.',
            },
            {
              type: 'paragraph',
              text: 'A kind, quick answer helps the employer, and it helps you. The person you talk to today may be hiring for a better job next year. Follow three steps:',
            },
            { type: 'steps', items: ['Be sure.', 'Act quickly.', 'Be gracious.'] },
          ],
        },
        {
          heading: 'Step 1: Be sure',
          blocks: [
            {
              type: 'paragraph',
              text: 'Before you say no, take a few minutes to think. Ask yourself:',
            },
            {
              type: 'list',
              items: [
                'Do I have a real reason? Or am I nervous because the job or the place is new to me?',
                'Could the problem be worked out? Pay, hours, start date and travel can sometimes change. You can ask.',
                'Is there a different job at the same employer that would suit me better?',
              ],
            },
            {
              type: 'paragraph',
              text: 'Learn what you can. Talk to people who know the employer. Read what workers say about working there on job review websites.',
            },
            {
              type: 'tip',
              text: 'An interview is not a promise. If you are not sure, you can go to the interview, learn more, and decide later.',
            },
          ],
        },
        {
          heading: 'Step 2: Act quickly',
          blocks: [
            {
              type: 'paragraph',
              text: 'The employer wants to fill the job. As soon as you decide, tell them. Send an email or call. Never just stop answering or miss the interview without a word.',
            },
            {
              type: 'list',
              items: [
                'Tell them soon, even if the interview is days away. They can give your time to someone else.',
                'This matters most when they seem very interested in you. They may be waiting for you before they talk to others.',
                'If a person referred you for the job, tell them too. They should hear it from you, not from the employer.',
              ],
            },
          ],
        },
        {
          heading: 'Step 3: Be gracious',
          blocks: [
            {
              type: 'list',
              items: [
                'Thank them for their time and for thinking of you.',
                'You do not need to give a reason. If you want to give one, keep it to one short, friendly sentence.',
                'Do not say anything bad about the employer, the job or the pay.',
                'Keep the door open. Say you would be glad to hear from them in the future.',
                'For a senior or management job, a phone call is better than an email.',
              ],
            },
            {
              type: 'paragraph',
              text: 'Some words can close the door by accident. Try to avoid:',
            },
            {
              type: 'list',
              items: [
                '“I found something better.” Say “I have decided to go in a different direction” instead.',
                '“The pay is too low.” If pay is the problem, you could ask whether it can change before you say no.',
                'Long apologies or long explanations. Short and kind is best.',
              ],
            },
          ],
        },
        {
          heading: 'A sample email',
          blocks: [
            {
              type: 'paragraph',
              text: 'Change the words in [brackets] to fit your situation.',
            },
            {
              type: 'sample',
              label: 'Sample email',
              lines: [
                'Subject: Interview for the [job title] position',
                'Dear [name of the person who invited you],',
                'Thank you for inviting me to interview for the [job title] position. I have decided to withdraw my application, so I will not be able to come to the interview on [day and date].',
                'I am grateful for your time and for thinking of me. I hope our paths cross again in the future.',
                'Best regards,\n[Your name]\n[Your phone number]',
              ],
            },
          ],
        },
        {
          heading: 'A sample phone call',
          blocks: [
            {
              type: 'paragraph',
              text: 'A call can feel harder than an email, but it is often kinder and faster. Keep these words near you when you call.',
            },
            {
              type: 'sample',
              label: 'What you can say on the phone',
              lines: [
                'Hello, this is [your name]. I have an interview with [their name] on [day] for the [job title] position.',
                'Thank you very much for the invitation. I have decided to withdraw my application, so I need to cancel the interview.',
                'I wanted to tell you right away so you can give the time to someone else.',
                'I really appreciate your time, and I hope we can stay in touch.',
              ],
            },
            {
              type: 'tip',
              text: 'If nobody answers, leave a short message with the same words. Then send the email too, so they have it in writing.',
            },
          ],
        },
      ],
    },
  },
};

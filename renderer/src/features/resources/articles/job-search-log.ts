import type { ArticleSource } from './types';

/*
 * Washington ESD's rules as described in PRODUCT.md. Rules change and differ by
 * state, so the article says so and links to the official pages rather than quoting
 * more detail than we can keep current.
 */
export const jobSearchLog: ArticleSource = {
  id: 'job-search-log',
  texts: {
    en: {
      lang: 'en',
      title: 'Keeping your job-search log for unemployment benefits',
      summary: 'What Washington asks you to do and write down each week, and how to keep good records.',
      sections: [
        {
          heading: 'Why the log matters',
          blocks: [
            {
              type: 'paragraph',
              text: 'If you get unemployment benefits in Washington, the Employment Security Department (ESD) asks you to look for work each week you claim. You also need to keep a written record of what you did. This record is called a job-search log.',
            },
            {
              type: 'paragraph',
              text: 'ESD may ask to see your log at any time, even after your benefits stop. This is called a review or an audit. A complete, honest log protects your benefits.',
            },
          ],
        },
        {
          heading: 'How many activities each week',
          blocks: [
            {
              type: 'paragraph',
              text: 'In Washington, you need to do at least 3 job-search activities each week that you claim benefits. ESD tells you your own requirements when you apply. If they tell you something different, follow what they tell you.',
            },
            {
              type: 'tip',
              text: 'Do not wait until the end of the week. Spread your activities out, and write each one down the same day while you still remember the details.',
            },
          ],
        },
        {
          heading: 'What counts as an activity',
          blocks: [
            {
              type: 'list',
              items: [
                'Applying for a job.',
                'A job interview.',
                'A job-search workshop, for example at WorkSource.',
                'A hiring event or job fair where you talk to employers.',
                'Contacting an employer to ask about work, by phone, email or in person.',
                'An appointment at a WorkSource office or another job center.',
              ],
            },
            {
              type: 'paragraph',
              text: 'ESD keeps the full list of approved activities on its website. Check it if you are not sure whether something counts.',
            },
          ],
        },
        {
          heading: 'What to write down for each activity',
          blocks: [
            {
              type: 'list',
              items: [
                'The date.',
                'The type of activity, such as “applied” or “workshop”.',
                'The name of the employer or organization.',
                'Who you talked to, and how: in person, by phone, by email or online.',
                'The job title, if there was one.',
                'What happened: for example, “waiting to hear back” or “interview on Friday”.',
              ],
            },
            {
              type: 'sample',
              label: 'One line of a log',
              lines: [
                [
                  'Date: Tuesday, March 4',
                  'Activity: Applied for a job',
                  'Employer: Evergreen Grocery',
                  'Contact and method: Online application on the store’s website',
                  'Job title: Stocker',
                  'Result: Waiting to hear back',
                ].join('\n'),
              ],
            },
          ],
        },
        {
          heading: 'How long to keep your records',
          blocks: [
            {
              type: 'paragraph',
              text: 'Keep your log until at least 30 days after your benefit year ends. Keep copies of emails, confirmation pages and workshop certificates with it. If you are not sure, keep everything longer. It costs nothing and can save you a lot of trouble.',
            },
            {
              type: 'paragraph',
              text: 'If ESD reviews your log and it is missing or incomplete, they may deny benefits for those weeks. You might have to pay back money you already got.',
            },
          ],
        },
        {
          heading: 'Other states have different rules',
          blocks: [
            {
              type: 'paragraph',
              text: 'Every state runs its own unemployment program. The number of activities, what counts, and how long to keep records can all be different. Check with your state’s unemployment office.',
            },
            {
              type: 'paragraph',
              text: 'In this app, you can set the number of activities your state asks for in Settings.',
            },
          ],
        },
        {
          heading: 'Check the official rules',
          blocks: [{ type: 'links', ids: ['esdJobSearch', 'unemploymentFinder'] }],
        },
      ],
    },
  },
};

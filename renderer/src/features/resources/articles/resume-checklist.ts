import type { ArticleSource } from './types';

/* A checklist the reader goes through with their resume open next to it, so each item is one thing to check. */
export const resumeChecklist: ArticleSource = {
  id: 'resume-checklist',
  texts: {
    en: {
      lang: 'en',
      title: 'Resume checklist',
      summary: 'Go through your resume one item at a time before you send it.',
      sections: [
        {
          heading: 'How to use this checklist',
          blocks: [
            {
              type: 'paragraph',
              text: 'Open your resume next to this page. Read each item and check your resume for it. Tick the box when it is done. You do not have to do it all at once.',
            },
          ],
        },
        {
          heading: 'Your contact details',
          blocks: [
            {
              type: 'checklist',
              items: [
                'Your name is at the top, in larger letters.',
                'Your phone number is correct, and your voicemail greeting sounds friendly and clear.',
                'Your email address uses your name, not a nickname.',
                'Your city and state are there. A full street address is not needed.',
              ],
            },
          ],
        },
        {
          heading: 'Fits the job',
          blocks: [
            {
              type: 'checklist',
              items: [
                'You read the job posting and marked the skills they ask for.',
                'Your resume uses the same words as the posting for skills you really have.',
                'A short summary at the top (2 or 3 lines) says what you can do for this kind of job.',
                'The experience that matters most for this job comes first.',
              ],
            },
          ],
        },
        {
          heading: 'Work history',
          blocks: [
            {
              type: 'checklist',
              items: [
                'Your newest job is first.',
                'Each job shows the job title, the employer, the city, and the month and year you started and left.',
                'Each line starts with an action word, such as “Served”, “Built”, “Trained” or “Managed”.',
                'Where you can, numbers show what you did: “Served 80 customers a day”.',
                'Volunteer work, gig work and military service are included when they show useful skills.',
              ],
            },
            {
              type: 'tip',
              text: 'Gaps between jobs are common. Time spent caring for family, studying or volunteering can be listed too.',
            },
          ],
        },
        {
          heading: 'Skills, training and education',
          blocks: [
            {
              type: 'checklist',
              items: [
                'Your skills list matches what the job asks for.',
                'Licenses and certificates are listed, such as a driver’s license, forklift or food handler card, with dates.',
                'Languages you speak are listed. Speaking Spanish and English is a real skill.',
                'Your highest school level or training is listed.',
              ],
            },
          ],
        },
        {
          heading: 'Looks and length',
          blocks: [
            {
              type: 'checklist',
              items: [
                'It fits on one page, or two if you have many years of experience.',
                'It uses one easy-to-read font, at size 10.5 to 12.',
                'There is white space between parts, so it is easy to scan.',
                'Dates are written the same way everywhere.',
                'There is no photo, age, or marital status. In the United States these are usually left off.',
              ],
            },
          ],
        },
        {
          heading: 'Before you send it',
          blocks: [
            {
              type: 'checklist',
              items: [
                'You ran the spelling check and read the resume out loud, slowly.',
                'Someone else read it too: a friend, or a counselor at a job center.',
                'The file name has your name in it, such as “Maria-Lopez-Resume.pdf”.',
                'It is saved as a PDF, unless the employer asks for a Word file.',
                'You opened the saved file to check that it looks right.',
              ],
            },
          ],
        },
      ],
    },
  },
};

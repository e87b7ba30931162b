import type { CommonLetterText } from '../../text-types';

export const commonEn: CommonLetterText = {
  locale: 'en-US',
  salutation: ['Dear {contactName},', 'Dear {employer} hiring team,', 'Dear Hiring Manager,'],
  closing: { email: 'Kind regards,', letter: 'Sincerely,' },
  referrerNote: {
    subject: ['The {jobTitle} position at {employer}', 'My application at {employer}'],
    salutation: ['Hi {referrerName},'],
    paragraphs: [
      [
        [
          'I wanted to let you know that I have decided to withdraw from the interview process for the {jobTitle} position at {employer}, and I have already told them.',
          'I wanted to let you know that I have decided to withdraw from the interview process at {employer}, and I have already told them.',
        ],
      ],
      ['Thank you so much for recommending me. It meant a lot, and I did not want you to hear the news from someone else first.'],
      ['I hope we can catch up soon.'],
    ],
    closing: 'Best wishes,',
  },
  phoneScript: [
    [
      ['Hello {contactName}, this is {myName}.', 'Hello, this is {myName}.'],
      [
        'I am calling about my interview for the {jobTitle} position on {interviewDate}.',
        'I am calling about my interview for the {jobTitle} position.',
        'I am calling about my interview with {employer}.',
      ],
    ],
    ['Thank you again for inviting me. After careful thought, I have decided to withdraw, and I wanted to tell you personally.'],
    ['I really appreciate the time you have spent on my application, and I hope we can stay in touch. I will send you a short email as well, so you have it in writing.'],
  ],
  urgency: {
    passed: 'The interview time has passed. If you did not go, write today anyway: a short apology and a clear answer leave a far better impression than silence.',
    today: 'Your interview is today. Call now if you can, since an email may not be read in time, and then send the email so they have it in writing.',
    tomorrow: 'Your interview is tomorrow. Tell them today. A phone call is safest, followed by this email.',
    soon: 'Your interview is in {days} days. Send your message today, so they can offer the time to another candidate.',
    later: 'Your interview is on {date}. You have time, but do not wait: tell them as soon as you have decided.',
    unknown: 'Tell them as soon as you have decided. The employer wants to fill the role, and a quick answer lets them move on.',
  },
  tone: {
    'burning-bridges': {
      reason: 'This could burn a bridge. Employers remember, and hiring managers move between companies.',
      suggestion: 'Leave it out, or thank them instead. "I have decided to withdraw" is enough.',
    },
    criticism: {
      reason: 'This criticizes the employer. It will not change anything now, and it may be remembered.',
      suggestion: 'Leave it out. If you must give a reason, say what you need, not what they did wrong.',
    },
    'over-explaining': {
      reason: 'This may be more than the employer needs to know. Personal details are yours to keep.',
      suggestion: 'One general sentence is enough, such as "My circumstances have changed."',
    },
    apologising: {
      reason: 'Too many apologies make the letter sound unsure. You are allowed to make this choice.',
      suggestion: 'Apologize once at most, then thank them instead: "Thank you for your understanding."',
    },
    shouting: {
      reason: 'Capital letters and repeated exclamation marks read as shouting in a letter.',
      suggestion: 'Use normal capitals and end the sentence with one period. Let your words carry the feeling.',
    },
    'too-long': {
      reason: 'This is long for its purpose.',
      suggestion: 'Cut it to the essentials: thanks, your message, and a kind close.',
    },
  },
  tooLongReason: 'At {words} words this is long: people tend to skim after about {limit}.',
  pageNumber: 'Page {page} of {pages}',
};

import type { LetterTypeText } from '../../text-types';

export const declineInterview: LetterTypeText = {
  guide: {
    title: 'Decline an interview',
    description: 'Say no to an interview politely, quickly, and without closing the door.',
    documentName: 'Interview decline',
    steps: {
      'be-sure': {
        title: 'Be sure',
        advice: [
          'Turning down an interview is fine, but once you do, that door is usually closed for this role. Take two minutes to check the decision is really yours.',
          'Tick what you have thought about. None of these is a test: they are the questions people most often wish they had asked themselves.',
        ],
        items: {
          'concrete-reason': 'I have a concrete reason, not just nerves about something new. (Interviews are practice too, even when you are unsure.)',
          negotiable: 'I have asked myself whether the obstacle, such as pay, the commute or the hours, could be negotiated.',
          'other-role': 'I have checked whether another role at the same employer would suit me better.',
          'ask-around': 'I have asked someone who knows the employer, or read what employees say about it.',
        },
      },
      'act-quickly': {
        title: 'Act quickly',
        advice: [
          'The employer wants to fill the role. Tell them as soon as you have decided, so they can offer your time to someone else. Never simply not turn up: people remember that, and hiring managers move between companies.',
          'Email is fine for most jobs. For a senior role, or if you seem to be their favorite candidate, call the person who invited you and send the email afterwards so they have it in writing.',
          'If someone referred you for this job, tell them too, before they hear it from the employer.',
        ],
      },
      details: {
        title: 'The details',
        advice: [
          'Check the names below. You do not need to give a reason: "I have decided to withdraw" is complete on its own. If you want to give one, keep it to a single, kind sentence.',
        ],
      },
      letter: {
        title: 'Be gracious',
        advice: [
          'Thank them for their time and consideration, say clearly that you are withdrawing, and leave the door open. Do not criticize the employer or the process, even if you have reason to.',
          'Read it once as the person receiving it. Short and warm is best.',
        ],
      },
    },
    fields: {
      contactName: { label: 'Who invited you to the interview', hint: 'For example: Maria Lopez. Leave empty if you do not know a name.' },
      employer: { label: 'Employer' },
      jobTitle: { label: 'Job title' },
      interviewDate: { label: 'Interview date' },
      channel: { label: 'How will you tell them first?' },
      referrerName: { label: 'Who referred you (if anyone)', hint: 'We will write them a short note too.' },
      reason: { label: 'Reason to give' },
      personalNote: { label: 'Anything else you want to say (optional)', hint: 'One or two sentences at most.' },
    },
    choices: {
      channel: { email: 'By email', phone: 'By phone, then email' },
      reason: {
        none: 'No reason (this is fine and common)',
        'accepted-other': 'I have accepted another job',
        'current-role': 'I am staying in my current job',
        'other-direction': 'I am going in a different direction',
        timing: 'The timing is not right',
      },
    },
  },
  template: {
    subject: ['{jobTitle} interview – {myName}', 'Interview with {employer} – {myName}'],
    paragraphs: [
      [
        [
          'Thank you very much for inviting me to interview for the {jobTitle} position at {employer} on {interviewDate}, and for the time you have spent considering my application.',
          'Thank you very much for inviting me to interview for the {jobTitle} position at {employer}, and for the time you have spent considering my application.',
          'Thank you very much for inviting me to interview with {employer}, and for the time you have spent considering my application.',
        ],
      ],
      [
        'After careful thought, I have decided to withdraw from the interview process.',
        { if: { field: 'reason', is: 'accepted-other' }, text: 'I have accepted another position that is a better match for me at this point in my career.' },
        { if: { field: 'reason', is: 'current-role' }, text: 'I have decided to stay in my current role.' },
        { if: { field: 'reason', is: 'other-direction' }, text: 'I have decided to take my career in a different direction.' },
        { if: { field: 'reason', is: 'timing' }, text: 'The timing is not right for me to make a move just now.' },
        'I wanted to let you know as soon as possible so that you can plan your interviews.',
      ],
      ['{personalNote}'],
      [
        [
          'I have enjoyed learning about {employer}, and I hope our paths cross again. I would be glad to stay in touch.',
          'I hope our paths cross again, and I would be glad to stay in touch.',
        ],
      ],
    ],
  },
};

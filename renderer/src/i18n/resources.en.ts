/** English strings for the Resources area (the page chrome; article texts live with the articles). */
export const resourcesEn = {
  title: 'Resources',
  intro: 'Short advice you can read at any time, even without the internet, and links to helpful websites.',
  articlesTitle: 'Advice to read',
  readingTime_one: '{{count}} minute to read',
  readingTime_other: '{{count}} minutes to read',
  backToResources: 'Back to resources',
  englishOnly: 'This article is only in English for now.',
  /** On an article card when the article has no translation in the menu language yet. */
  inEnglish: 'In English',
  checklistHint: 'Tick each box as you go. Your ticks are kept until you close the app.',
  notFoundTitle: 'We couldn’t find that article',
  notFoundBody: 'The link may be old, or the article may have a new name. Here are the articles we have:',
  websitesTitle: 'Helpful websites',
  websitesNote: 'These websites need the internet. They open in your web browser. Everything else in this app works without the internet.',
  opensInBrowser: '(opens in your browser)',
  linkGroups: {
    jobBoards: 'Look for jobs',
    jobCenters: 'Find a job center near you',
    benefits: 'Unemployment benefits',
  },
  links: {
    worksource: {
      name: 'WorkSourceWA.com',
      description: 'Washington’s public job board, with workshops and hiring events.',
    },
    careerOneStopJobs: {
      name: 'CareerOneStop Job Finder',
      description: 'Search jobs in every state. From the U.S. Department of Labor.',
    },
    nlx: {
      name: 'National Labor Exchange (NLx)',
      description: 'Jobs from state job banks and employer websites, in one search.',
    },
    usajobs: {
      name: 'USAJOBS',
      description: 'Jobs with the U.S. federal government.',
    },
    worksourceOffices: {
      name: 'WorkSource offices in Washington',
      description: 'Free help from people: job search, resumes, workshops and computers you can use.',
    },
    jobCenterFinder: {
      name: 'American Job Center Finder',
      description: 'Find a free public job center in any state. WorkSource offices are American Job Centers.',
    },
    esd: {
      name: 'Washington Employment Security Department (ESD)',
      description: 'Apply for unemployment benefits and file your weekly claims in Washington.',
    },
    esdJobSearch: {
      name: 'Job-search requirements (Washington ESD)',
      description: 'What counts as a job-search activity, and how to keep your log.',
    },
    unemploymentFinder: {
      name: 'Unemployment benefits in other states',
      description: 'CareerOneStop points you to your own state’s unemployment office.',
    },
  },
};

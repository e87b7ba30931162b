import type { resourcesEn } from '../../i18n/resources.en';

/** A website we link to. Its name and description are UI text, in resources.*.ts under links.<id>. */
export type LinkId = keyof (typeof resourcesEn)['links'];
export type LinkGroupId = keyof (typeof resourcesEn)['linkGroups'];

export interface ResourceLink {
  id: LinkId;
  /** Always https, and the site's stable front door or a long-lived page: deep links rot. */
  url: string;
}

export interface LinkGroup {
  id: LinkGroupId;
  links: ResourceLink[];
}

/** Public, free sites only: government job boards, job-center finders and benefit offices. */
export const LINK_GROUPS: readonly LinkGroup[] = [
  {
    id: 'jobBoards',
    links: [
      { id: 'worksource', url: 'https://www.worksourcewa.com/' },
      { id: 'careerOneStopJobs', url: 'https://www.careeronestop.org/Toolkit/Jobs/find-jobs.aspx' },
      { id: 'nlx', url: 'https://usnlx.com/' },
      { id: 'usajobs', url: 'https://www.usajobs.gov/' },
    ],
  },
  {
    id: 'jobCenters',
    links: [
      { id: 'worksourceOffices', url: 'https://www.worksourcewa.com/' },
      {
        id: 'jobCenterFinder',
        url: 'https://www.careeronestop.org/LocalHelp/AmericanJobCenters/find-american-job-centers.aspx',
      },
    ],
  },
  {
    id: 'benefits',
    links: [
      { id: 'esd', url: 'https://esd.wa.gov/' },
      {
        id: 'esdJobSearch',
        url: 'https://esd.wa.gov/get-financial-help/unemployment-benefits/weekly-unemployment-claims/job-search-requirements',
      },
      {
        id: 'unemploymentFinder',
        url: 'https://www.careeronestop.org/LocalHelp/UnemploymentBenefits/find-unemployment-benefits.aspx',
      },
    ],
  },
];

const BY_ID = new Map(LINK_GROUPS.flatMap((group) => group.links).map((link) => [link.id, link]));

/** The link with this id; articles refer to links by id so each URL is kept in one place. */
export function findLink(id: LinkId): ResourceLink | undefined {
  return BY_ID.get(id);
}

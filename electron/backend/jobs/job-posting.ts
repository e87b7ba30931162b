import type { JobPosting } from '../../../shared/contract/jobs';
import { htmlToText } from './html-text';
import { collectNodes, extractJsonLdScripts, hasType, parseJsonLdBlock, type LdNode } from './json-ld';
import { dayOf, employerOf, employmentTypeOf, jobNumberOf, locationOf, payOf, remoteOf, textOf } from './posting-fields';

/** The longest description kept, in characters (PRODUCT: a job's text fields hold up to 100 KB). */
export const MAX_DESCRIPTION_CHARS = 100_000;

/** What a page's structured data held: the posting if any, and counts that explain a miss. */
export interface PostingRead {
  posting: JobPosting | null;
  /** How many JSON-LD scripts the page had. */
  scripts: number;
  /** How many of them were not valid JSON even after forgiving common mistakes. */
  unreadable: number;
}

/** Finds the schema.org JobPosting in a page's JSON-LD and normalises it. Pure: no network. */
export function readJobPosting(html: string, pageUrl: string): PostingRead {
  const scripts = extractJsonLdScripts(html);
  const roots: unknown[] = [];
  let unreadable = 0;
  // Each block on its own: one broken script (a common CMS fault) must not hide the others.
  for (const script of scripts) {
    const parsed = parseJsonLdBlock(script);
    if (parsed === undefined) unreadable++;
    else roots.push(parsed);
  }
  const { nodes, byId } = collectNodes(roots);
  // A page may list related jobs too; the first posting with a title is the page's own.
  const node = nodes.find((n) => hasType(n, 'JobPosting') && textOf(n.title));
  const posting = node ? normalisePosting(node, byId, pageUrl) : null;
  return { posting, scripts: scripts.length, unreadable };
}

/** One JobPosting node as the fields the job form uses. */
export function normalisePosting(node: LdNode, refs: Map<string, LdNode>, pageUrl: string): JobPosting {
  const url = new URL(pageUrl);
  const description = node.description;
  return {
    title: textOf(node.title) ?? '',
    employer: employerOf(node.hiringOrganization, refs),
    location: locationOf(node.jobLocation, node.applicantLocationRequirements, refs),
    remote: remoteOf(node),
    pay: payOf(node.baseSalary ?? node.estimatedSalary, refs),
    datePosted: dayOf(node.datePosted),
    deadline: dayOf(node.validThrough),
    jobNumber: jobNumberOf(node.identifier, refs),
    employmentType: employmentTypeOf(node.employmentType),
    description: typeof description === 'string' ? htmlToText(description, MAX_DESCRIPTION_CHARS) : '',
    source: url.hostname.replace(/^www\./i, ''),
    url: url.href,
  };
}

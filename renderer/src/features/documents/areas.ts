import { FileUser, Files, Mail, type LucideIcon } from 'lucide-react';
import type { DocumentKind } from '../../../../shared/contract';

/** The three library pages, as they appear in addresses: /documents/<area>. */
export const AREAS = ['resumes', 'cover-letters', 'other'] as const;
export type Area = (typeof AREAS)[number];

/** Which kind of document each page shows. */
export const AREA_KIND: Record<Area, DocumentKind> = { resumes: 'resume', 'cover-letters': 'cover-letter', other: 'other' };

/** The page a kind of document lives on. */
export const KIND_AREA: Record<DocumentKind, Area> = { resume: 'resumes', 'cover-letter': 'cover-letters', other: 'other' };

/** Keys of the translation files (they avoid dashes so typed keys stay readable). */
export const AREA_KEY = { resumes: 'resumes', 'cover-letters': 'coverLetters', other: 'other' } as const satisfies Record<Area, string>;
export const KIND_KEY = { resume: 'resume', 'cover-letter': 'coverLetter', other: 'other' } as const satisfies Record<DocumentKind, string>;

/** Kinds are told apart by an icon as well as a colour, never colour alone. */
export const KIND_ICON: Record<DocumentKind, LucideIcon> = { resume: FileUser, 'cover-letter': Mail, other: Files };

/** The address of an area, or of one document in it. */
export function areaPath(area: Area, documentId?: string): string {
  return documentId ? `/documents/${area}/${encodeURIComponent(documentId)}` : `/documents/${area}`;
}

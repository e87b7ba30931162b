// mailto: links (RFC 6068) for "Open in your email app". Outlook and Windows' URL handler
// cut long links without a word, so a letter that would not fit is reported instead, and
// the UI copies the text and says so.
export interface MailtoInput {
  /** One address or several separated by commas; may be empty (the user fills it in the mail app). */
  to?: string;
  subject?: string;
  body?: string;
}

export type MailtoResult = { kind: 'url'; url: string } | { kind: 'too-long'; length: number };

/** The longest link we hand to the system: Outlook and the Windows shell cut near 2,000 characters. */
export const MAILTO_MAX_LENGTH = 1800;

/**
 * Builds the link: every character outside RFC 3986's unreserved set percent-encoded as
 * UTF-8 (so spaces are %20, never "+"), line breaks as CRLF (%0D%0A), empty parts left out.
 */
export function buildMailto({ to = '', subject = '', body = '' }: MailtoInput): MailtoResult {
  const addresses = to
    .split(/[,;]/)
    .map((address) => address.trim())
    .filter(Boolean)
    // "@" may stay as it is in the address part (RFC 6068 section 2); everything else is encoded.
    .map((address) => encode(address).replace(/%40/g, '@'))
    .join(',');
  const fields: string[] = [];
  if (subject.trim()) fields.push(`subject=${encode(subject.replace(/[\r\n]+/g, ' ').trim())}`);
  if (body.trim()) fields.push(`body=${encode(body.replace(/\r\n?|\n/g, '\r\n'))}`);
  const url = `mailto:${addresses}${fields.length ? `?${fields.join('&')}` : ''}`;
  return url.length > MAILTO_MAX_LENGTH ? { kind: 'too-long', length: url.length } : { kind: 'url', url };
}

/** Percent-encodes all but A-Z a-z 0-9 - . _ ~ (encodeURIComponent also spares !'()*, which some mail apps misread). */
function encode(text: string): string {
  return encodeURIComponent(wellFormed(text)).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Lone surrogate halves (from a cut emoji) become U+FFFD instead of making encodeURIComponent throw. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

import { describe, expect, it } from 'vitest';
import { buildMailto, MAILTO_MAX_LENGTH } from '../../../../../shared/domain/letters';

function url(result: ReturnType<typeof buildMailto>): string {
  if (result.kind !== 'url') throw new Error('expected a link');
  return result.url;
}

describe('buildMailto', () => {
  it('encodes spaces as %20, line breaks as CRLF, and keeps the @ of the address', () => {
    expect(url(buildMailto({ to: 'zoe@riverside.example', subject: 'Thank you – Warehouse Lead', body: 'Dear Zoë,\n\nThank you.' }))).toBe(
      'mailto:zoe@riverside.example?subject=Thank%20you%20%E2%80%93%20Warehouse%20Lead&body=Dear%20Zo%C3%AB%2C%0D%0A%0D%0AThank%20you.',
    );
  });

  it('encodes the characters that would end a field or the link early', () => {
    const link = url(buildMailto({ subject: 'Q&A = 100% done?', body: 'a#b+c' }));
    expect(link).toBe('mailto:?subject=Q%26A%20%3D%20100%25%20done%3F&body=a%23b%2Bc');
    expect(decodeURIComponent(link.split('subject=')[1].split('&')[0])).toBe('Q&A = 100% done?');
  });

  it('encodes non-ASCII text as UTF-8 so Greek, Vietnamese and Chinese survive', () => {
    const body = 'José Müller-Nguyễn, Zoë Ελένη, 李小龙';
    const link = url(buildMailto({ body }));
    expect(link).toMatch(/^mailto:\?body=[A-Za-z0-9%._~-]+$/);
    expect(decodeURIComponent(link.slice('mailto:?body='.length))).toBe(body);
  });

  it('turns every kind of line break into CRLF, and keeps the subject on one line', () => {
    const link = url(buildMailto({ subject: 'Line\none', body: 'a\rb\r\nc\nd' }));
    expect(link).toBe('mailto:?subject=Line%20one&body=a%0D%0Ab%0D%0Ac%0D%0Ad');
  });

  it('joins several addresses with commas and leaves out empty parts', () => {
    expect(url(buildMailto({ to: ' a@x.example ; b@y.example, ' }))).toBe('mailto:a@x.example,b@y.example');
    expect(url(buildMailto({}))).toBe('mailto:');
    expect(url(buildMailto({ to: 'a b@x.example' }))).toBe('mailto:a%20b@x.example');
  });

  it('does not throw on half an emoji', () => {
    expect(url(buildMailto({ body: 'cut \ud83d' }))).toBe('mailto:?body=cut%20%EF%BF%BD');
  });

  it('reports a letter too long for a link instead of cutting it', () => {
    const fits = 'x'.repeat(MAILTO_MAX_LENGTH - 'mailto:?body='.length);
    expect(buildMailto({ body: fits }).kind).toBe('url');
    const result = buildMailto({ body: `${fits}x` });
    expect(result).toEqual({ kind: 'too-long', length: MAILTO_MAX_LENGTH + 1 });
    // Non-ASCII text takes up to 12 characters per letter once encoded, so it is measured encoded.
    expect(buildMailto({ body: '李'.repeat(250) }).kind).toBe('too-long');
  });
});

import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listArticles } from '../../../../../renderer/src/features/resources/articles';
import { renderResources } from './render-resources';

const articles = listArticles('en');

describe('Article page', () => {
  it.each(articles.map((article) => [article.id, article] as const))('shows %s with its sections as h2 headings', (id, article) => {
    renderResources(`/resources/${id}`);
    expect(screen.getByRole('heading', { level: 1, name: article.title })).toBeTruthy();
    expect(document.title).toBe(`${article.title} — Career Organizer`);
    expect(screen.getByText(article.summary)).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(article.sections.map((section) => section.heading));
    expect(screen.getByRole('article').getAttribute('lang')).toBe('en');
  });

  it('links back to the Resources page', () => {
    renderResources('/resources/resume-checklist');
    const back = screen.getAllByRole('link', { name: 'Back to resources' });
    expect(back.length).toBeGreaterThan(0);
    for (const link of back) expect(link.getAttribute('href')).toBe('/resources');
    fireEvent.click(back[0]);
    expect(screen.getByRole('heading', { level: 1, name: 'Resources' })).toBeTruthy();
  });

  it('shows sample letters and scripts as labelled quotations', () => {
    renderResources('/resources/turning-down-an-interview');
    const email = screen.getByRole('figure', { name: 'Sample email' });
    expect(within(email).getByText(/I have decided to withdraw my application/)).toBeTruthy();
    expect(email.querySelector('blockquote')).not.toBeNull();
    expect(screen.getByRole('figure', { name: 'What you can say on the phone' })).toBeTruthy();
  });

  it('lets the reader tick checklist items, and keeps the ticks while the app stays open', () => {
    const first = renderResources('/resources/resume-checklist');
    const box = screen.getByRole('checkbox', { name: 'Your newest job is first.' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(box.checked).toBe(true);
    expect(screen.getByText(/Your ticks are kept until you close the app/)).toBeTruthy();
    first.unmount();

    renderResources('/resources/resume-checklist');
    expect((screen.getByRole('checkbox', { name: 'Your newest job is first.' }) as HTMLInputElement).checked).toBe(true);
  });

  it('links to the official rules from the job-search log article', () => {
    renderResources('/resources/job-search-log');
    const link = screen.getByRole('link', { name: 'Job-search requirements (Washington ESD) (opens in your browser)' });
    expect(link.getAttribute('href')).toMatch(/^https:\/\/esd\.wa\.gov\//);
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('keeps an English article marked as English when the menus are Spanish, and says it is not translated yet', () => {
    renderResources('/resources/resume-checklist', 'es');
    const article = screen.getByRole('article');
    expect(article.getAttribute('lang')).toBe('en');
    const notice = screen.getByText('Por ahora, este artículo solo está en inglés.');
    expect(notice.closest('[lang]')?.getAttribute('lang')).toBe('es');
    const back = screen.getAllByRole('link', { name: 'Volver a Recursos' });
    expect(back.length).toBeGreaterThan(0);
    expect(back[back.length - 1].closest('[lang]')?.getAttribute('lang')).toBe('es');
    expect(screen.getByText(/minutos? de lectura$/).closest('[lang]')?.getAttribute('lang')).toBe('es');
  });

  it('explains an unknown article and offers every article and the way back', () => {
    renderResources('/resources/no-such-article');
    expect(screen.getByRole('heading', { level: 1, name: 'We couldn’t find that article' })).toBeTruthy();
    expect(screen.getByText(/The link may be old/)).toBeTruthy();
    for (const article of articles) {
      expect(screen.getByRole('link', { name: article.title }).getAttribute('href')).toBe(`/resources/${article.id}`);
    }
    expect(screen.getByRole('link', { name: 'Back to resources' }).getAttribute('href')).toBe('/resources');
    expect(screen.queryByRole('article')).toBeNull();
  });
});

import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listArticles } from '../../../../../renderer/src/features/resources/articles';
import { LINK_GROUPS } from '../../../../../renderer/src/features/resources/links';
import { renderResources } from './render-resources';

const articles = listArticles('en');
const linkCount = LINK_GROUPS.reduce((sum, group) => sum + group.links.length, 0);

describe('Resources page', () => {
  it('has a title and names the window after it', () => {
    renderResources('/resources');
    expect(screen.getByRole('heading', { level: 1, name: 'Resources' })).toBeTruthy();
    expect(document.title).toBe('Resources — Career Organizer');
  });

  it('lists every article as a link to its page, with a summary and a reading time', () => {
    renderResources('/resources');
    const list = screen.getByRole('heading', { level: 2, name: 'Advice to read' }).parentElement!;
    for (const article of articles) {
      const link = within(list).getByRole('link', { name: article.title });
      expect(link.getAttribute('href')).toBe(`/resources/${article.id}`);
      const card = link.closest('li')!;
      expect(within(card).getByText(article.summary)).toBeTruthy();
      expect(within(card).getByText(/minutes? to read$/).textContent).toBe(
        `${article.readingMinutes} ${article.readingMinutes === 1 ? 'minute' : 'minutes'} to read`,
      );
    }
    expect(within(list).getAllByRole('listitem')).toHaveLength(articles.length);
    expect(screen.queryByText('In English')).toBeNull(); // only shown when the menus are in another language
  });

  it('opens an article when its title is clicked', () => {
    renderResources('/resources');
    const article = articles[0];
    fireEvent.click(screen.getByRole('link', { name: article.title }));
    expect(screen.getByRole('heading', { level: 1, name: article.title })).toBeTruthy();
  });

  it('opens every website in the browser, over https, and says so to screen readers', () => {
    const { container } = renderResources('/resources');
    const external = Array.from(container.querySelectorAll<HTMLAnchorElement>('a[target]'));
    expect(external).toHaveLength(linkCount);
    for (const link of external) {
      expect(link.target).toBe('_blank');
      expect(link.rel.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.textContent).toMatch(/\S+ \(opens in your browser\)$/);
      expect(link.querySelector('.visually-hidden')?.textContent).toBe(' (opens in your browser)');
      expect(link.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    }
    expect(screen.getByRole('link', { name: 'USAJOBS (opens in your browser)' }).getAttribute('href')).toBe('https://www.usajobs.gov/');
  });

  it('groups the websites under headings and warns that they need the internet', () => {
    renderResources('/resources');
    for (const name of ['Helpful websites']) expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    for (const name of ['Look for jobs', 'Find a job center near you', 'Unemployment benefits']) {
      expect(screen.getByRole('heading', { level: 3, name })).toBeTruthy();
    }
    expect(screen.getByText(/These websites need the internet/)).toBeTruthy();
  });

  it('speaks Spanish when the menus are in Spanish, and marks the English article titles as English', () => {
    renderResources('/resources', 'es');
    expect(screen.getByRole('heading', { level: 1, name: 'Recursos' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'USAJOBS (se abre en su navegador)' })).toBeTruthy();
    const title = screen.getByRole('link', { name: articles[0].title });
    expect(title.closest('[lang]')?.getAttribute('lang')).toBe('en');
    expect(screen.getAllByText(/minutos? de lectura$/)).toHaveLength(articles.length);
    // Until an article is translated, its card says it is in English.
    expect(screen.getAllByText('En inglés')).toHaveLength(articles.length);
  });
});

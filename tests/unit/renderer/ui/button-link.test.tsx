// A link that looks like a button: the same classes and icon-and-label as a Button, and a
// real link for the router (so it opens the page, and screen readers say "link").
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Plus } from 'lucide-react';
import { describe, expect, it } from 'vitest';
import { ButtonLink } from '../../../../renderer/src/ui/ButtonLink';

describe('ButtonLink', () => {
  it('is a link styled as a button, its icon hidden from screen readers, and it opens its page', () => {
    render(
      <MemoryRouter initialEntries={['/']}>
        <Routes>
          <Route path="/" element={<ButtonLink variant="primary" className="extra" to="/jobs/new" icon={<Plus data-testid="icon" />}>Add job</ButtonLink>} />
          <Route path="/jobs/new" element={<h1>Add a job</h1>} />
        </Routes>
      </MemoryRouter>,
    );
    const link = screen.getByRole('link', { name: 'Add job' });
    expect(link.getAttribute('href')).toBe('/jobs/new');
    expect(link.className).toBe('btn btn--primary extra');
    expect(screen.getByTestId('icon').parentElement?.getAttribute('aria-hidden')).toBe('true');
    fireEvent.click(link);
    expect(screen.getByRole('heading', { name: 'Add a job' })).toBeTruthy();
  });

  it('is a secondary button by default', () => {
    render(
      <MemoryRouter>
        <ButtonLink to="/jobs/import">Import</ButtonLink>
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Import' }).className).toBe('btn btn--secondary');
  });
});

import { cleanup, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach } from 'vitest';
import { ArticlePage, ResourcesPage } from '../../../../../renderer/src/features/resources';
import { createI18n } from '../../../../../renderer/src/i18n';

// Own providers rather than the whole app: these pages need no backend, only i18n and a router.
afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

/** Renders the Resources routes at `path`, with the menus in `language`. */
export function renderResources(path: string, language: 'en' | 'es' = 'en') {
  const i18n = createI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/resources" element={<ResourcesPage />} />
          <Route path="/resources/:articleId" element={<ArticlePage />} />
        </Routes>
      </MemoryRouter>
    </I18nextProvider>,
  );
}

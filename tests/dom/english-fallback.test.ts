import { describe, expect, it } from 'vitest';
import { getByRole, getByText } from '@testing-library/dom';
import { createDetails } from '../../src/ui/details';
import { indexDataset } from '../../src/data/dataset';
import { container, setupStore, shippedDataset } from './helpers';

const shipped = shippedDataset();

/** The workshop with one actor's description given in French only. */
const frenchOnly = indexDataset({
  ...shipped,
  actors: shipped.actors.map((a) => (a.id === 'amap' && a.description ? { ...a, description: { fr: a.description.fr ?? '' } } : a)),
});

describe('a text shown in the other language', () => {
  it('is marked lang="fr" and says "(in French)" on the English page', () => {
    const store = setupStore({ lang: 'en', selection: { type: 'actor', id: 'amap' } });
    const root = container();
    createDetails(root, frenchOnly, store);
    expect(getByRole(root, 'heading', { level: 2 }).textContent).toBe('AMAP movement');
    const description = root.querySelector('p.description');
    expect(description?.querySelector('[lang="fr"]')?.textContent).toBe(shipped.actorById.get('amap')?.description?.fr);
    const note = getByText(description as HTMLElement, '(in French)');
    expect(note.closest('[lang="fr"]')).toBeNull();
  });

  it('says nothing more when the text is in the page’s language', () => {
    const store = setupStore({ lang: 'en', selection: { type: 'actor', id: 'amap' } });
    const root = container();
    createDetails(root, shipped, store);
    expect(root.querySelector('p.description [lang]')).toBeNull();
    expect(root.querySelector('p.description')?.textContent).not.toContain('(in French)');
  });
});

describe('a remote image in a note', () => {
  it('is named in the page’s language, with its typography', async () => {
    const { renderMarkdown } = await import('../../src/ui/sanitize');
    const { translator } = await import('../../src/i18n/t');
    for (const [lang, expected] of [
      ['en', '[image “map” — tracker.example]'],
      ['fr', '[image « map » — tracker.example]'],
    ] as const) {
      const t = translator(lang);
      const div = document.createElement('div');
      div.append(
        renderMarkdown('![map](https://tracker.example/p.png)', {
          mediaLabel: ({ kind, alt, host }) => t('notes.mediaLinkAlt', { what: kind, alt, host }),
        }),
      );
      expect(div.querySelector('a')?.textContent).toBe(expected);
    }
  });
});

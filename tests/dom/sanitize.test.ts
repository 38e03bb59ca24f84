import { describe, expect, it } from 'vitest';
import { getByRole } from '@testing-library/dom';
import { renderMarkdown } from '../../src/ui/sanitize';

const render = (md: string) => {
  const div = document.createElement('div');
  div.append(renderMarkdown(md));
  document.body.append(div);
  return div;
};

describe('Markdown notes', () => {
  it('renders headings, emphasis and lists', () => {
    const div = render('# Titre\n\nUn **mot** fort.\n\n- un\n- deux');
    expect(getByRole(div, 'heading', { level: 1 }).textContent).toBe('Titre');
    expect(getByRole(div, 'list').children).toHaveLength(2);
  });

  it('fits headings into the page outline when asked', () => {
    const div = document.createElement('div');
    div.append(renderMarkdown('# Titre\n\n## Sous-titre', { headingOffset: 3 }));
    document.body.append(div);
    expect(getByRole(div, 'heading', { level: 4 }).textContent).toBe('Titre');
    expect(getByRole(div, 'heading', { level: 5 }).textContent).toBe('Sous-titre');
  });

  it('removes scripts, event handlers and javascript: links', () => {
    const div = render(
      'Bonjour <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> [clic](javascript:alert(1)) <a href="javascript:alert(2)">a</a>',
    );
    expect(div.querySelector('script')).toBeNull();
    expect(div.querySelector('[onerror]')).toBeNull();
    for (const a of div.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('opens outside links in a new tab with rel=noopener', () => {
    const div = render('[Source](https://example.org/page)');
    const link = getByRole(div, 'link', { name: 'Source' });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });
});

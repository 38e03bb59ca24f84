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

describe('notes cannot pass for the app or reach other sites', () => {
  it('drops class, style and data attributes, and renames ids out of the app’s way', () => {
    const div = render('<div class="notice present-black" style="position:fixed;inset:0" data-theme="dark" id="app">Noir</div>\n\n<p id="graph">x</p>');
    expect(div.querySelector('[class]')).toBeNull();
    expect(div.querySelector('[style]')).toBeNull();
    expect(div.querySelector('[data-theme]')).toBeNull();
    expect(div.querySelector('#app')).toBeNull();
    expect(div.querySelector('#graph')).toBeNull();
    expect(div.textContent).toContain('Noir');
  });

  it('keeps in-note anchors working under the renamed ids', () => {
    const div = render('<p id="ref-1">Référence</p>\n\n[voir](#ref-1)');
    const link = getByRole(div, 'link', { name: 'voir' });
    const target = div.querySelector(link.getAttribute('href')!);
    expect(target?.textContent).toBe('Référence');
  });

  it('drops SVG and its links entirely', () => {
    const div = render('<svg><a href="?data=https://evil.example/w.json"><text>piège</text></a></svg> [ok](https://example.org/)');
    expect(div.querySelector('svg')).toBeNull();
    const links = [...div.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://example.org/']);
  });

  it('drops relative links that could reload the app with other data', () => {
    const div = render('[piège](?data=https://evil.example/w.json) <a href="/?data=x">b</a>');
    for (const a of div.querySelectorAll('a')) expect(a.hasAttribute('href')).toBe(false);
  });

  it('requests no remote image or medium: each becomes a link naming its host', () => {
    const div = render(
      '![carte](https://tracker.example/pixel.png)\n\n<img src="https://tracker.example/a.gif" alt="a">\n\n<video poster="https://tracker.example/p.jpg" src="https://cdn.example/v.mp4"></video>\n\n<audio><source src="https://cdn.example/s.mp3"></audio>',
    );
    expect(div.querySelector('img, video, audio, source')).toBeNull();
    expect(div.querySelector('[poster]')).toBeNull();
    const names = [...div.querySelectorAll('a')].map((a) => a.textContent);
    expect(names).toEqual(['[image « carte » — tracker.example]', '[image « a » — tracker.example]', '[video — cdn.example]', '[audio — cdn.example]']);
    for (const a of div.querySelectorAll('a')) expect(a.getAttribute('rel')).toContain('noopener');
  });

  it('keeps an image of the site itself', () => {
    const div = render('![plan](sessions/plan.png)');
    expect(div.querySelector('img')?.getAttribute('src')).toBe('sessions/plan.png');
  });
});

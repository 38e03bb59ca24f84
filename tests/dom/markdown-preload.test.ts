import { describe, expect, it, vi } from 'vitest';
import { markdownRenderer, preloadMarkdown } from '../../src/ui/markdown';

// The notes' renderer is not fetched during the first load, but as soon as someone uses the page.
describe('the notes’ Markdown renderer', () => {
  it('is loaded at the first key pressed on the page, not before', async () => {
    const page = new EventTarget();
    preloadMarkdown(page);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(markdownRenderer()).toBeNull();
    page.dispatchEvent(new Event('keydown'));
    await vi.waitFor(() => expect(markdownRenderer()).not.toBeNull());
  });
});

import { describe, expect, it, vi } from 'vitest';
import { getByRole } from '@testing-library/dom';
import { createSearch } from '../../src/ui/search';
import { container, setupStore, shippedDataset } from './helpers';

let release!: () => void;
const gate = new Promise<void>((r) => (release = r));
vi.mock('../../src/data/search', async (importOriginal) => {
  const actual = await importOriginal();
  await gate; // the chunk arrives late (slow network)
  return actual as object;
});

describe('search code arriving after the box was left', () => {
  it('does not open its results once focus has moved on', async () => {
    const root = container();
    createSearch(root, shippedDataset(), setupStore());
    const box = getByRole(root, 'combobox', { name: 'Rechercher' }) as HTMLInputElement;
    box.focus();
    box.value = 'savigny';
    box.dispatchEvent(new Event('input'));
    box.blur();
    await new Promise((r) => setTimeout(r, 10)); // the blur's close has run
    release();
    await new Promise((r) => setTimeout(r, 50));
    expect(document.activeElement).not.toBe(box);
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { getByRole } from '@testing-library/dom';
import { createSearch } from '../../src/ui/search';
import { container, setupStore, shippedDataset } from './helpers';

let fail = true;
vi.mock('../../src/data/search', async (importOriginal) => {
  if (fail) throw new Error('Failed to fetch dynamically imported module');
  return (await importOriginal()) as object;
});

describe('search code that fails to arrive once', () => {
  it('works on a later try', async () => {
    const root = container();
    createSearch(root, shippedDataset(), setupStore());
    const box = getByRole(root, 'combobox', { name: 'Rechercher' }) as HTMLInputElement;
    box.focus(); // first import: fails (offline for a moment / redeployed chunk)
    await new Promise((r) => setTimeout(r, 20));
    fail = false;
    box.value = 'savigny';
    box.dispatchEvent(new Event('input'));
    await new Promise((r) => setTimeout(r, 100));
    expect(box.getAttribute('aria-expanded')).toBe('true');
  });
});

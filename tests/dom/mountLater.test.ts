import { describe, expect, it, vi } from 'vitest';
import { mountLater } from '../../src/ui/viewRegistry';

describe('a view mounted in a task of its own', () => {
  it('is put together after the current task, and hands over its map once there', async () => {
    const destroy = vi.fn();
    const map = {} as never;
    const mount = vi.fn(() => ({ destroy, map: () => map }));
    const view = mountLater(mount);
    expect(mount).not.toHaveBeenCalled();
    expect(view.map?.()).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(mount).toHaveBeenCalledTimes(1);
    expect(view.map?.()).toBe(map);
    view.destroy();
    expect(destroy).toHaveBeenCalledTimes(1);
  });

  it('is never put together when taken down before its task', async () => {
    const mount = vi.fn(() => ({ destroy: () => {} }));
    const view = mountLater(mount);
    view.destroy();
    view.destroy();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(mount).not.toHaveBeenCalled();
  });
});

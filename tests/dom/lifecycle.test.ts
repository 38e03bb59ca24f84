import { describe, expect, it, vi } from 'vitest';
import { createStore } from '../../src/state/store';
import { createLifecycle } from '../../src/ui/lifecycle';

describe('a view lifecycle', () => {
  it('removes its listeners on destroy, and only its own', () => {
    const life = createLifecycle();
    const button = document.createElement('button');
    document.body.append(button);
    const clicks: string[] = [];
    life.on(button, 'click', () => clicks.push('view'));
    button.addEventListener('click', () => clicks.push('someone else'));
    button.click();
    life.destroy();
    button.click();
    expect(clicks).toEqual(['view', 'someone else', 'someone else']);
  });

  it('removes a capture-phase listener too', () => {
    const life = createLifecycle();
    const keys: string[] = [];
    life.on(document, 'keydown', (e: KeyboardEvent) => keys.push(e.key), true);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    life.destroy();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'b' }));
    expect(keys).toEqual(['a']);
  });

  it('stops listening to the store once destroyed', () => {
    const store = createStore({ n: 0 });
    const life = createLifecycle();
    const seen: number[] = [];
    life.add(store.subscribe((s) => seen.push(s.n)));
    store.update((s) => ({ n: s.n + 1 }));
    life.destroy();
    store.update((s) => ({ n: s.n + 1 }));
    expect(seen).toEqual([1]);
  });

  it('destroys its child views and runs each disposer once, in the order given, however often destroy is called', () => {
    const life = createLifecycle();
    const order: string[] = [];
    const child = life.own({ destroy: () => order.push('child') });
    life.add(() => order.push('timer cleared'));
    expect(typeof child.destroy).toBe('function');
    expect(life.destroyed).toBe(false);
    life.destroy();
    life.destroy();
    expect(order).toEqual(['child', 'timer cleared']);
    expect(life.destroyed).toBe(true);
  });

  it('aborts its signal on destroy, so listeners given the signal go too', () => {
    const life = createLifecycle();
    const button = document.createElement('button');
    const onClick = vi.fn();
    button.addEventListener('click', onClick, { signal: life.signal });
    expect(life.signal.aborted).toBe(false);
    life.destroy();
    button.click();
    expect(life.signal.aborted).toBe(true);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('undoes at once what is added after the end (a chunk that loads after the view was closed)', () => {
    const life = createLifecycle();
    life.destroy();
    const late = vi.fn();
    life.add(late);
    expect(late).toHaveBeenCalledTimes(1);
    life.destroy();
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('runs every disposer even when one throws, then reports the error', () => {
    const life = createLifecycle();
    const after = vi.fn();
    life.add(() => {
      throw new Error('broken child');
    });
    life.add(after);
    expect(() => life.destroy()).toThrow('broken child');
    expect(after).toHaveBeenCalledTimes(1);
    expect(() => life.destroy()).not.toThrow();
  });
});

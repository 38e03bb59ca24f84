import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../src/present/keys';

const cmd = (key: string, mods: { ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean } = {}) => commandForKey({ key, ...mods }, 7);

describe('presentation keys', () => {
  it('map a clicker’s next and previous keys', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(cmd(key)).toEqual({ type: 'next' });
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(cmd(key)).toEqual({ type: 'previous' });
  });

  it('map Home, End, black screen, leave and full screen', () => {
    expect(cmd('Home')).toEqual({ type: 'first' });
    expect(cmd('End')).toEqual({ type: 'last' });
    expect(cmd('b')).toEqual({ type: 'blackout' });
    expect(cmd('B')).toEqual({ type: 'blackout' });
    expect(cmd('.')).toEqual({ type: 'blackout' });
    expect(cmd('Escape')).toEqual({ type: 'leave' });
    expect(cmd('f')).toEqual({ type: 'fullscreen' });
    expect(cmd('m')).toEqual({ type: 'views' });
    expect(cmd('M')).toEqual({ type: 'views' });
  });

  it('jump to a session by its number, 0 to the title, and ignore numbers past the programme', () => {
    expect(cmd('0')).toEqual({ type: 'goto', step: 0 });
    expect(cmd('1')).toEqual({ type: 'goto', step: 1 });
    expect(cmd('7')).toEqual({ type: 'goto', step: 7 });
    expect(cmd('8')).toBeNull();
    expect(cmd('9')).toBeNull();
  });

  it('leave other keys and browser shortcuts alone', () => {
    expect(cmd('a')).toBeNull();
    expect(cmd('Enter')).toBeNull();
    expect(cmd('Tab')).toBeNull();
    expect(cmd('ArrowRight', { altKey: true })).toBeNull(); // history forward
    expect(cmd('f', { ctrlKey: true })).toBeNull(); // find
    expect(cmd('b', { metaKey: true })).toBeNull();
  });
});

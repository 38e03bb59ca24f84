import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/present/channel';

describe('presenter channel messages', () => {
  it('accept the three kinds of message', () => {
    expect(parseMessage({ v: 1, type: 'state', from: 'abc', seq: 3, step: 2, blackout: false })).toMatchObject({ type: 'state', step: 2 });
    expect(parseMessage({ v: 1, type: 'state', from: 'abc', seq: 0, step: null, blackout: false })).toMatchObject({ step: null });
    expect(parseMessage({ v: 1, type: 'hello', from: 'x_1' })).toEqual({ v: 1, type: 'hello', from: 'x_1' });
    expect(parseMessage({ v: 1, type: 'notes', from: 'a', keys: ['session:amap', 'actor:cites-unies-france'] })).toMatchObject({ type: 'notes' });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'next'],
    ['an unknown type', { v: 1, type: 'jump', from: 'a', step: 2 }],
    ['another version', { v: 2, type: 'hello', from: 'a' }],
    ['a step as text', { v: 1, type: 'state', from: 'a', seq: 1, step: '2', blackout: false }],
    ['a negative step', { v: 1, type: 'state', from: 'a', seq: 1, step: -1, blackout: false }],
    ['a fractional step', { v: 1, type: 'state', from: 'a', seq: 1, step: 1.5, blackout: false }],
    ['a missing blackout', { v: 1, type: 'state', from: 'a', seq: 1, step: 1 }],
    ['an extra field', { v: 1, type: 'state', from: 'a', seq: 1, step: 1, blackout: false, html: '<img onerror>' }],
    ['a bad sender', { v: 1, type: 'hello', from: '<script>' }],
    ['a bad note key', { v: 1, type: 'notes', from: 'a', keys: ['session:AMAP'] }],
    ['a prototype trick', JSON.parse('{"__proto__": {"type": "hello"}, "v": 1, "from": "a"}')],
  ])('reject %s', (_what, data) => {
    expect(parseMessage(data)).toBeNull();
  });
});

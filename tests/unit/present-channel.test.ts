import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/present/channel';

const mac = 'A'.repeat(43);
const base = { v: 3, from: 'abc', presentation: 'pres01', role: 'audience', since: 1, mac } as const;

describe('presenter channel messages', () => {
  it('accept the three kinds of message, each naming its presentation', () => {
    expect(parseMessage({ ...base, type: 'state', seq: 3, step: 2, blackout: false })).toMatchObject({ type: 'state', step: 2, presentation: 'pres01' });
    expect(parseMessage({ ...base, type: 'state', seq: 0, step: null, blackout: false })).toMatchObject({ step: null });
    expect(parseMessage({ ...base, role: 'console', type: 'hello' })).toEqual({ ...base, role: 'console', type: 'hello' });
    const { mac: _unused, ...unsigned } = base;
    expect(parseMessage({ ...unsigned, type: 'notes', keys: ['session:amap', 'actor:cites-unies-france'] })).toMatchObject({ type: 'notes' });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'next'],
    ['an unknown type', { ...base, type: 'jump', step: 2 }],
    ['the first version (no presentation)', { v: 1, type: 'state', from: 'a', seq: 1, step: 1, blackout: false }],
    ['the second version (no signature)', { v: 2, from: 'abc', presentation: 'pres01', role: 'audience', since: 1, type: 'hello' }],
    ['another version', { ...base, v: 4, type: 'hello' }],
    ['no presentation', { v: 3, from: 'a', role: 'console', since: 1, mac, type: 'hello' }],
    ['a malformed signature', { ...base, mac: 'short', type: 'hello' }],
    ['a bad presentation', { ...base, presentation: '../x', type: 'hello' }],
    ['an unknown role', { ...base, role: 'spy', type: 'hello' }],
    ['a step as text', { ...base, type: 'state', seq: 1, step: '2', blackout: false }],
    ['a negative step', { ...base, type: 'state', seq: 1, step: -1, blackout: false }],
    ['a fractional step', { ...base, type: 'state', seq: 1, step: 1.5, blackout: false }],
    ['a missing blackout', { ...base, type: 'state', seq: 1, step: 1 }],
    ['an extra field', { ...base, type: 'state', seq: 1, step: 1, blackout: false, html: '<img onerror>' }],
    ['a bad sender', { ...base, type: 'hello', from: '<script>' }],
    ['a bad note key', { ...base, mac: undefined, type: 'notes', keys: ['session:AMAP'] }],
    ['an unsigned state', { ...base, mac: undefined, type: 'state', seq: 1, step: 1, blackout: false }],
    [
      'a prototype trick',
      JSON.parse(
        '{"__proto__": {"type": "hello"}, "v": 2, "from": "a", "presentation": "pres01", "role": "audience", "since": 1, "mac": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}',
      ),
    ],
  ])('reject %s', (_what, data) => {
    expect(parseMessage(data)).toBeNull();
  });
});

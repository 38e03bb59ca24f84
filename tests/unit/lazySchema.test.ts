import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { built, lazySchema } from '../../src/data/lazySchema';
import { keysAt, zodProblems } from '../../src/data/problems';

// The same schema twice: built at once, and behind a stand-in built on first use.
const makeTag = () => z.string().trim().min(1, 'must not be empty');
const makeEntry = (tag: z.ZodType<string>) =>
  z
    .strictObject({ id: z.string().regex(/^[a-z]+$/, 'lower-case letters'), tags: z.array(tag).default([]), note: tag.optional() })
    .refine((e) => e.id !== 'none', { error: 'not "none"' });

const eager = makeEntry(makeTag());

function lazyEntry() {
  const makeLazyTag = vi.fn(makeTag);
  const Tag = lazySchema(makeLazyTag);
  const make = vi.fn(() => makeEntry(built(Tag)));
  return { Entry: lazySchema(make), make, makeLazyTag };
}

const inputs: unknown[] = [
  { id: 'paris', tags: ['  city '], note: 'x' },
  { id: 'lyon' },
  { id: 'none' },
  { id: 'Paris', tags: [''], extra: 1 },
  { tags: 'no' },
  'not an object',
  null,
];

describe('lazySchema', () => {
  it('builds nothing until the schema is used, then builds it once, with what it holds', () => {
    const { Entry, make, makeLazyTag } = lazyEntry();
    expect(make).not.toHaveBeenCalled();
    expect(makeLazyTag).not.toHaveBeenCalled();
    Entry.safeParse({ id: 'a' });
    Entry.safeParse({ id: 'b' });
    void Entry.shape;
    expect(make).toHaveBeenCalledTimes(1);
    expect(makeLazyTag).toHaveBeenCalledTimes(1);
  });

  it('builds on a read of its shape, as on a parse', () => {
    const { Entry, make } = lazyEntry();
    expect(Object.keys(Entry.shape)).toEqual(['id', 'tags', 'note']);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('parses and fails exactly as the schema built at once', () => {
    const { Entry } = lazyEntry();
    for (const input of inputs) {
      const lazy = Entry.safeParse(input);
      const direct = eager.safeParse(input);
      expect(lazy.success).toBe(direct.success);
      expect(lazy.data).toEqual(direct.data);
      expect(lazy.error?.issues).toEqual(direct.error?.issues);
    }
    expect(() => Entry.parse({ id: 'none' })).toThrow(z.ZodError);
    expect(Entry.parse({ id: 'ok', tags: [' a '] })).toEqual({ id: 'ok', tags: ['a'] });
  });

  it('is what zod checks it is, and its shape is the schema’s', () => {
    const { Entry } = lazyEntry();
    expect(Entry).toBeInstanceOf(z.ZodObject);
    expect(Entry).toBeInstanceOf(z.ZodType);
    expect(Entry).not.toBeInstanceOf(z.ZodArray);
    expect(Object.keys(Entry.shape)).toEqual(Object.keys(eager.shape));
    expect(Entry.shape).toBe(built(Entry).shape);
    expect('safeParse' in Entry).toBe(true);
  });

  it('gives the same JSON Schema as the schema built at once', () => {
    const { Entry } = lazyEntry();
    expect(z.toJSONSchema(Entry, { io: 'input' })).toEqual(z.toJSONSchema(eager, { io: 'input' }));
    expect(z.toJSONSchema(Entry)).toEqual(z.toJSONSchema(eager));
  });

  it('can be used inside another schema, by itself or as built', () => {
    const { Entry } = lazyEntry();
    const viaStandIn = z.array(Entry);
    const viaBuilt = z.array(built(Entry));
    for (const input of [[{ id: 'a' }], [{ id: 'none' }], [{ id: 'B' }]]) {
      expect(viaStandIn.safeParse(input)).toEqual(z.array(eager).safeParse(input));
      expect(viaBuilt.safeParse(input)).toEqual(z.array(eager).safeParse(input));
    }
  });

  it('words problems as the schema built at once, misspelt keys included', () => {
    const { Entry } = lazyEntry();
    const input = { id: 'x', tgas: [] };
    const lazy = Entry.safeParse(input);
    const direct = eager.safeParse(input);
    expect(lazy.success || direct.success).toBe(false);
    expect(zodProblems('f', Entry, input, lazy.error!)).toEqual(zodProblems('f', eager, input, direct.error!));
    expect(keysAt(z.array(Entry), [0])).toEqual(['id', 'tags', 'note']);
  });

  it('built() gives the schema behind a stand-in, the same each time, and any other schema as it is', () => {
    const { Entry } = lazyEntry();
    const schema = built(Entry);
    expect(schema).not.toBe(Entry);
    expect(built(Entry)).toBe(schema);
    expect(schema.safeParse({ id: 'a' })).toEqual(Entry.safeParse({ id: 'a' }));
    expect(built(eager)).toBe(eager);
  });
});

// A zod schema built when it is first used, not when its module is evaluated: zod 4 spends about
// 30 ms (120 ms on a slow phone) building the app's schemas, most of which a page never parses with.
//
//   export const PlaceSchema = lazySchema(() => z.strictObject({ id: built(Id), … }));
//
// What is exported is a stand-in (a Proxy) that builds the schema on its first use (a parse, its
// `.shape`, `instanceof`, z.toJSONSchema) and then forwards everything to it. Inside another
// schema, `built(X)` puts X itself rather than its stand-in: parsing then never goes through a
// stand-in below the top (15,000 actors make millions of lookups of a field's schema), and zod,
// its JSON Schema included, sees one object wherever X appears.

/** Builds each stand-in's schema (memoised), by stand-in. */
const builders = new WeakMap<object, () => object>();

/** A stand-in for the schema `make` returns, built on first use; `make` runs at most once. */
export function lazySchema<T extends object>(make: () => T): T {
  let schema: T | undefined;
  const real = (): T => (schema ??= make());
  const standIn = new Proxy({} as T, {
    get: (_, key) => Reflect.get(real(), key),
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(real(), key);
      // A Proxy may not call a property non-configurable that its (empty) target lacks.
      return d && { ...d, configurable: true };
    },
    defineProperty: (_, key, d) => Reflect.defineProperty(real(), key, d),
    deleteProperty: (_, key) => Reflect.deleteProperty(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
  builders.set(standIn, real);
  return standIn;
}

/** The schema itself behind a stand-in (built now if it was not), or `schema` when it is none:
 * for use inside another schema's factory. */
export function built<T extends object>(schema: T): T {
  const real = builders.get(schema);
  return real ? (real() as T) : schema;
}

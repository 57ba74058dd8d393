// A react-hook-form resolver whose zod schema (and zod itself) load after the page: forms pass a
// loader, `() => import("@/lib/validation/x").then((m) => m.xSchema)`, and zod stays out of every
// route's first-load bundle (docs/decisions/045). The resolver starts loading when the form mounts,
// so by the first keystroke or submit it is there; a submit before that waits for it.
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

export type SchemaSource<TIn extends FieldValues> = z.ZodType<unknown, TIn> | (() => Promise<z.ZodType<unknown, TIn>>);

export type LazyResolver<TIn extends FieldValues> = Resolver<TIn> & { preload: () => void };

export function lazyResolver<TIn extends FieldValues>(source: SchemaSource<TIn>): LazyResolver<TIn> {
  let loaded: Promise<Resolver<TIn>> | undefined;
  const load = () =>
    (loaded ??= Promise.all([import("@hookform/resolvers/zod"), typeof source === "function" ? source() : source]).then(
      ([{ zodResolver }, schema]) => zodResolver(schema as never) as unknown as Resolver<TIn>,
    ));
  const resolver: Resolver<TIn> = (values, context, options) => load().then((resolve) => resolve(values, context, options));
  return Object.assign(resolver, { preload: () => void load().catch(() => undefined) });
}

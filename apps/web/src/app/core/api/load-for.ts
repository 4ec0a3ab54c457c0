import { effect, untracked } from '@angular/core';
import { Loader } from './loader';

/**
 * Keeps `loader` on the thing `key` names: reads it now and again whenever `key` changes (a
 * route's `:id`, a component input). Call it where `effect` may be called (a field initializer
 * or the constructor). Returns `reload`, which reads the current key again (after a write, for a
 * child's "reload" output).
 */
export function loadFor<K, T>(loader: Loader<T>, key: () => K, fetch: (key: K) => Promise<T>): () => Promise<void> {
  effect(() => {
    const current = key();
    untracked(() => void loader.run(() => fetch(current)));
  });
  return () => {
    const current = key();
    return loader.run(() => fetch(current));
  };
}

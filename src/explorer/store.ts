/**
 * A minimal store: one state, one pure reducer, and subscriptions to slices. A listener runs only when one of the
 * slices it reads changed (by identity), so each panel redraws for what it shows and nothing else.
 */

export type Selector<S> = (state: S) => unknown;

export interface Store<S, A> {
  getState(): S;
  dispatch(action: A): void;
  /**
   * Calls `listener(state, previous)` after every dispatch that changes one of the `slices`; with `immediate`,
   * also once now (with `previous` null). Returns the unsubscribe function, harmless to call twice.
   */
  subscribe(
    slices: readonly Selector<S>[],
    listener: (state: S, previous: S | null) => void,
    immediate?: boolean,
  ): () => void;
}

export function createStore<S, A>(reduce: (state: S, action: A) => S, initial: S): Store<S, A> {
  let state = initial;
  const listeners = new Set<{ slices: readonly Selector<S>[]; listener: (state: S, previous: S | null) => void }>();
  let dispatching = false;
  const queue: A[] = [];

  return {
    getState: () => state,
    dispatch(action) {
      // A listener that dispatches (e.g. a panel reacting to a change) waits for the current round to finish.
      queue.push(action);
      if (dispatching) return;
      dispatching = true;
      try {
        while (queue.length > 0) {
          const previous = state;
          state = reduce(state, queue.shift()!);
          if (state === previous) continue;
          for (const entry of [...listeners]) {
            if (entry.slices.some((select) => select(state) !== select(previous))) entry.listener(state, previous);
          }
        }
      } finally {
        dispatching = false;
      }
    },
    subscribe(slices, listener, immediate = false) {
      const entry = { slices, listener };
      listeners.add(entry);
      if (immediate) listener(state, null);
      return () => void listeners.delete(entry);
    },
  };
}

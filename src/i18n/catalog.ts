/**
 * The page's message files: English is part of the first load (the fallback of every other
 * language); each other language is its own small chunk, fetched when it is chosen.
 */
import en from './en.json' with { type: 'json' };
import { stripMetadata, type Messages } from './english.ts';

const files = import.meta.glob<Record<string, unknown>>(['./*.json', '!./en.json', '!./qqq.json'], {
  import: 'default',
});
const loaded = new Map<string, Messages>([['en', stripMetadata(en)]]);
const pending = new Map<string, Promise<Messages | null>>();

/** A language's messages if they are here already. */
export function loadedMessages(code: string): Messages | undefined {
  return loaded.get(code);
}

/** A language's messages, fetched on first use; null for a language with no file. */
export function loadMessages(code: string): Promise<Messages | null> {
  const ready = loaded.get(code);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(code);
  if (!promise) {
    const file = files[`./${code}.json`];
    promise = file
      ? file().then((m) => {
          const messages = stripMetadata(m);
          loaded.set(code, messages);
          return messages;
        })
      : Promise.resolve(null);
    pending.set(code, promise);
  }
  return promise;
}

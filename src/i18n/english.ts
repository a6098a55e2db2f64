/**
 * Messages rendered in English from en.json, outside the app's rune-based I18n: for the
 * validator's English text (`npm run validate`, `Issue.message`) and Node commands. Pure; only
 * en.json is bundled with it, so the validation worker stays small.
 */
import Banana from 'banana-i18n';
import en from './en.json' with { type: 'json' };
import { renderMessage, type Message } from '../model/message.ts';
import { formatPartialDate } from './format.ts';
import { parseOnce } from './parseOnce.ts';

export type Messages = Record<string, string>;

/** A message file without its `@metadata`. */
export function stripMetadata(messages: Record<string, unknown>): Messages {
  const out: Messages = {};
  for (const [k, v] of Object.entries(messages))
    if (!k.startsWith('@') && typeof v === 'string') out[k] = v;
  return out;
}

let banana: Banana | undefined;

/** A message in English, as the CLI prints it. */
export function english(message: Message): string {
  if (!banana) {
    banana = new Banana('en', { messages: { en: stripMetadata(en) }, finalFallback: 'en' });
    parseOnce(banana);
  }
  const b = banana;
  return renderMessage(
    message,
    (key, ...params) => b.i18n(key, ...params),
    (iso) => formatPartialDate('en', iso),
  );
}

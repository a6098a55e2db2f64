/**
 * The UI's message files (translatewiki.net layout, documented in qqq.json) and the choice of
 * a UI language for a tag; pure, so that Node commands (`npm run validate -- --lang de`) use
 * them as the app does. i18n.svelte.ts wraps them for the app.
 */
import Banana from 'banana-i18n';
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import ar from './ar.json' with { type: 'json' };
import ptBr from './pt-br.json' with { type: 'json' };
import de from './de.json' with { type: 'json' };
import uk from './uk.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };
import { stripMetadata, type Messages } from './english.ts';
import { formatPartialDate } from './format.ts';
import { renderMessage, type Message } from '../model/message.ts';
import { UI_LANGUAGES, resolveLanguage } from './languages.ts';
import { parseOnce } from './parseOnce.ts';

/** UI languages with a message file. English is complete; the others fall back to it. */
export const MESSAGES: Readonly<Record<string, Messages>> = {
  en: stripMetadata(en),
  es: stripMetadata(es),
  fr: stripMetadata(fr),
  ar: stripMetadata(ar),
  'pt-br': stripMetadata(ptBr),
  de: stripMetadata(de),
  uk: stripMetadata(uk),
  id: stripMetadata(id),
};
export { UI_LANGUAGES, resolveLanguage };

/** Renders messages (validator issues) in one UI language, outside the app. */
export function messagesIn(locale: string): (text: Message) => string {
  const banana = new Banana(locale, { messages: MESSAGES, finalFallback: 'en' });
  parseOnce(banana);
  return (text) =>
    renderMessage(
      text,
      (key, ...params) => banana.i18n(key, ...params),
      (iso) => formatPartialDate(locale, iso),
    );
}

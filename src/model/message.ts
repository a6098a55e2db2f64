/**
 * A message as data: the key of a message in the UI's message files (`validate-*` in
 * src/i18n/en.json, documented in qqq.json) and its parameters, which are data quoted for a
 * message (already escaped), numbers, or messages themselves ("must be $1, not $2" with
 * `a string` and `an array`). The validator reports in this form, so that its results cross
 * from the worker to the page as plain JSON and each reader renders them in its language: the
 * app in the UI language, `npm run validate` in English (or `--lang`). Pure TypeScript.
 */

export type MessageParam = string | number | Message | DateParam;

/** A partial ISO date (`2017-02`), written in the reader's language ("February 2017"). */
export interface DateParam {
  readonly date: string;
}

export interface Message {
  readonly key: string;
  readonly params: readonly MessageParam[];
}

export function msg(key: string, ...params: MessageParam[]): Message {
  return { key, params };
}

/** A string that is equal for equal messages (to drop repeats without rendering them). */
export function messageId(message: Message): string {
  let id = message.key;
  for (const p of message.params) {
    id += '\u0000';
    if (typeof p === 'string') id += p;
    else if (typeof p === 'number') id += `#${p}`;
    else id += 'date' in p ? `@${p.date}` : `{${messageId(p)}}`;
  }
  return id;
}

/**
 * Renders a message with a translating function (`t(key, ...params)`, banana-i18n's form) and
 * a date formatter for the UI language; `data` may wrap the text parameters (quoted data, codes,
 * dates), not the nested messages.
 */
export function renderMessage(
  message: Message,
  t: (key: string, ...params: (string | number)[]) => string,
  date: (iso: string) => string,
  data: (text: string) => string = (text) => text,
): string {
  return t(
    message.key,
    ...message.params.map((p) =>
      typeof p === 'string'
        ? data(p)
        : typeof p === 'number'
          ? p
          : 'date' in p
            ? data(date(p.date))
            : renderMessage(p, t, date, data),
    ),
  );
}

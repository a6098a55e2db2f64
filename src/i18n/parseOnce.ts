/**
 * Each message parsed once. banana-i18n parses a message with templates (`{{PLURAL:...}}`,
 * `{{GENDER:...}}`, tags) again at every call, building its parser's combinators anew: a map's
 * 30 cluster labels cost 6-19 ms on a two-core machine the first time, where emitting a parsed
 * message costs a tenth of that. The parsed form depends on the message and the parser's
 * `wikilinks` option alone (not on the parameters, nor the language, which only the emitter
 * reads), so it is kept per message text and emitted with each call's parameters.
 *
 * This reaches into banana-i18n's parser (`banana.parser`, its `emitter`), which its types do
 * not declare: where they are not as expected, nothing is changed and `parseOnce` says so
 * (tests/unit/parseOnce.test.ts fails then, and messages still render, only slower). Messages
 * without templates keep banana's own `simpleParse`.
 */
import type Banana from 'banana-i18n';

type Parse = (message: string, params: unknown[]) => string;

interface Emitter {
  emit: (ast: unknown, params: unknown[]) => string;
}

interface Parser {
  parse: Parse;
  wikilinks?: boolean;
  simpleParse: Parse;
  emitter: Emitter;
}

/**
 * Parsed messages by `wikilinks` option, then text, shared by every Banana (a parsed message has
 * no language).
 */
const parsed = { plain: new Map<string, unknown>(), wikilinks: new Map<string, unknown>() };
/** Stands for a message without templates, which `simpleParse` fills in. */
const SIMPLE = Symbol('simple');

function parserOf(banana: Banana): Parser | undefined {
  const parser = (banana as unknown as { parser?: Partial<Parser> }).parser;
  const emitter = parser?.emitter;
  const fits =
    typeof parser?.parse === 'function' &&
    typeof parser.simpleParse === 'function' &&
    typeof emitter?.emit === 'function' &&
    // `emit` comes from the emitter's class: shadowing it for one call, then deleting the
    // shadow, restores it.
    !Object.hasOwn(emitter, 'emit');
  return fits ? (parser as Parser) : undefined;
}

/**
 * Makes `banana` parse each message once. Call it again after `banana.setLocale`, which makes
 * a new parser. Returns whether it could (false: banana-i18n's insides have changed).
 */
export function parseOnce(banana: Banana): boolean {
  const parser = parserOf(banana);
  if (!parser) return false;
  if (Object.hasOwn(parser, 'parse')) return true;
  const { emitter } = parser;
  const parse = parser.parse;
  const forms = parser.wikilinks ? parsed.wikilinks : parsed.plain;
  parser.parse = (message, params) => {
    let form = forms.get(message);
    if (form === undefined) {
      // banana's own parse, stopped where it hands the parsed message to the emitter.
      form = SIMPLE;
      emitter.emit = (ast) => {
        form = ast;
        return '';
      };
      try {
        parse.call(parser, message, []);
      } finally {
        delete (emitter as Partial<Emitter>).emit;
      }
      forms.set(message, form);
    }
    return form === SIMPLE ? parser.simpleParse(message, params) : emitter.emit(form, params);
  };
  return true;
}
